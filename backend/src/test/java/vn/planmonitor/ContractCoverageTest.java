package vn.planmonitor;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ContractFilter;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs last: every operation of openapi.yaml must have been called, and its answers checked, by some test. */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class ContractCoverageTest {

    @Test
    void shouldHaveExercisedEveryOperationOfTheContract() {
        Set<String> missing = new TreeSet<>(ContractFilter.INSTANCE.allOperations());
        missing.removeAll(ContractFilter.INSTANCE.exercisedOperations());
        assertEquals(Set.of(), missing, "operations in openapi.yaml that no test called");
    }
}
