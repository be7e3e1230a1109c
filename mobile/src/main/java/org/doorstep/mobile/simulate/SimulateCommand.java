package org.doorstep.mobile.simulate;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./doorstep simulate}: simulated phones running the app's sync engine against real servers through a
 * lossy network, then the reconciliation. Exit status 0 when every recorded visit is on the server exactly
 * once with no errors, 1 when not, 2 for a wrong command line.
 */
public final class SimulateCommand {
    private SimulateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(SimulationOptions.USAGE);
            return 0;
        }
        SimulationOptions options;
        try {
            options = SimulationOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("doorstep simulate: " + e.getMessage());
            err.print(SimulationOptions.USAGE);
            return 2;
        }
        try {
            Figures figures = new Simulation(options, line -> err.println("simulate: " + line)).run();
            figures.print(out);
            return figures.clean() ? 0 : 1;
        } catch (Exception e) {
            err.println("doorstep simulate: the run failed: " + e.getMessage());
            return 1;
        }
    }
}
