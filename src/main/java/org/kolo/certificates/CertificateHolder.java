package org.kolo.certificates;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The name a learner wants on her certificates and their language; used for every certificate issued after. */
@Entity
@Table(name = "certificate_holder")
public class CertificateHolder extends PanacheEntityBase {

    public static final int MAX_NAME_LENGTH = 80;

    @Id
    @Column(name = "account_id")
    public String accountId;

    public String name;

    /** Null: the language she works in when the certificate is issued. */
    public String language;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
