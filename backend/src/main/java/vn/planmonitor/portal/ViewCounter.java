package vn.planmonitor.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One stored counter of the public portal ('portal', 'plan:<id>', 'target:<id>'). */
@Entity
@Table(name = "view_counter")
public class ViewCounter extends PanacheEntityBase {

    @Id
    @Column(name = "counter_key", length = 100)
    public String key;

    @Column(name = "view_count", nullable = false)
    public long count;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
