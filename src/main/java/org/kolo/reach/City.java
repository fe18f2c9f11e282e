package org.kolo.reach;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import org.kolo.web.Language;

/** A city of the programme, with its reach target and time zone. */
@Entity
public class City extends PanacheEntityBase {

    @Id
    public String code;

    public String country;

    @Column(name = "time_zone")
    public String timeZone;

    public int target;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_uk")
    public String nameUk;

    @Column(name = "name_kk")
    public String nameKk;

    @Column(name = "name_en")
    public String nameEn;

    public String name(Language language) {
        return switch (language) {
            case RU -> nameRu;
            case UK -> nameUk;
            case KK -> nameKk;
            case EN -> nameEn;
        };
    }

    /** The names of cities by their codes, in a language; a code the programme does not know stays as it is. */
    public static String namesOf(List<String> codes, Language language) {
        return codes.stream()
                .map(code -> {
                    City city = findById(code);
                    return city == null ? code : city.name(language);
                })
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The city with this code; a value that cannot be a code (codes are lower-case letters and hyphens) is none. */
    public static java.util.Optional<City> byCode(String code) {
        return code == null || !code.matches("[a-z][a-z-]{0,39}")
                ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(findById(code));
    }

    public static List<City> allByCode() {
        return listAll(io.quarkus.panache.common.Sort.by("code"));
    }
}
