package vn.planmonitor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the results table says about the machine: CPU model, cores, memory. */
public final class Machine {

    private Machine() {
    }

    public static String describe() {
        String cpu = "unknown CPU";
        long memKb = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
            memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0L);
        } catch (IOException | RuntimeException e) {
            // not Linux: leave what is known
        }
        return String.format("%s, %d cores, %.1f GiB RAM", cpu, Runtime.getRuntime().availableProcessors(),
                memKb / 1024.0 / 1024.0);
    }

    public static String java() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }
}
