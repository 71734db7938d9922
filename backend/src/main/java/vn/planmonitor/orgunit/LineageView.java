package vn.planmonitor.orgunit;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a unit comes from and what it became: the units it succeeded (their reports are its history, read
 * with their codes) and those that succeeded it, each with the reorganisation's effective date. Followed
 * back and forth through every reorganisation, nearest first.
 */
public record LineageView(String code, LocalDate validFrom, LocalDate validTo, List<Link> predecessors,
                          List<Link> successors) {

    public record Link(String code, String nameVi, String nameEn, String type, LocalDate validFrom,
                       LocalDate validTo, LocalDate effectiveDate) {
    }
}
