package vn.planmonitor.exchange;

import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.indicator.ValueKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data elements of bulk exchange. DHIS2 has one number per data element, so an indicator is one
 * data element (its own code) — except a RATIO, which is two: its numerator code and its denominator
 * code (e.g. {@code ECON_OFFICER_TRAINED}, {@code ECON_OFFICER_TOTAL}). A derived indicator is known by
 * its own code only so that an import naming it is refused with the reason (it is computed, never entered).
 */
final class DataElements {

    enum Part { VALUE, NUMERATOR, DENOMINATOR }

    record DataElement(String code, Indicator indicator, Part part) {
    }

    private DataElements() {
    }

    static List<DataElement> of(Indicator indicator) {
        if (indicator.valueKind == ValueKind.RATIO && !indicator.isDerived()) {
            List<DataElement> parts = new ArrayList<>(2);
            if (indicator.numeratorCode != null) {
                parts.add(new DataElement(indicator.numeratorCode, indicator, Part.NUMERATOR));
            }
            if (indicator.denominatorCode != null) {
                parts.add(new DataElement(indicator.denominatorCode, indicator, Part.DENOMINATOR));
            }
            return parts;
        }
        return List.of(new DataElement(indicator.code, indicator, Part.VALUE));
    }

    static Map<String, DataElement> byCode(Collection<Indicator> indicators) {
        Map<String, DataElement> map = new HashMap<>();
        for (Indicator indicator : indicators) {
            of(indicator).forEach(element -> map.put(element.code(), element));
        }
        return map;
    }
}
