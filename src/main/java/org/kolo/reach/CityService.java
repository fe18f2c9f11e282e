package org.kolo.reach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;

/** Reads cities and changes their reach targets. */
@ApplicationScoped
public class CityService {

    public List<City> all() {
        return City.allByCode();
    }

    /** Sets how many women the programme aims to reach in a city. */
    @Transactional
    public City changeTarget(String code, int target) {
        City city = City.<City>findByIdOptional(code).orElseThrow(NotFoundException::new);
        city.target = target;
        return city;
    }
}
