package vn.planmonitor.orgunit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** A unit's shape on the map: its GeoJSON geometry as uploaded (see {@link BoundaryService}). */
@Entity
@Table(name = "unit_boundary")
public class UnitBoundary extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    public OrgUnit unit;

    /** A Polygon or MultiPolygon geometry object, as JSON text. */
    @Column(nullable = false)
    public String geometry;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    static List<UnitBoundary> listAllByCode() {
        return list("select b from UnitBoundary b join fetch b.unit u order by u.code");
    }

    static List<UnitBoundary> listForCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of()
                : list("select b from UnitBoundary b join fetch b.unit u where u.code in ?1 order by u.code", codes);
    }
}
