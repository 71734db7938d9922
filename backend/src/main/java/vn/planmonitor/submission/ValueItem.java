package vn.planmonitor.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One named thing behind a count, e.g. one S&T application model of a ward. */
@Entity
@Table(name = "value_item")
public class ValueItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "value_id")
    public SubmissionValue value;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 300)
    public String name;

    @Column(nullable = false)
    public boolean flagged;
}
