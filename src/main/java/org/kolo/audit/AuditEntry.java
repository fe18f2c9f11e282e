package org.kolo.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing staff did to a person's account, as admins read it at /audit. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at;

    @Column(name = "actor_id")
    public String actorId;

    @Column(name = "actor_nickname")
    public String actorNickname;

    /** What was done, as an {@link AuditAction} code. */
    public String action;

    @Column(name = "subject_id")
    public String subjectId;

    @Column(name = "subject_nickname")
    public String subjectNickname;

    public String city;

    /** A short, non-secret detail such as the role granted or the new city's code. */
    public String detail;
}
