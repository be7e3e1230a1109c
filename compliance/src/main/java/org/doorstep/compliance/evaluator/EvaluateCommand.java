package org.doorstep.compliance.evaluator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doorstep.compliance.calendar.BankHolidayFileException;
import org.doorstep.compliance.calendar.WorkingDayCalendar;

/**
 * {@code ./doorstep evaluate CASES.json}: evaluates compliance cases (EVALUATOR.md) and prints
 * {@code {"results": [...]}} on standard output, one result per case in input order.
 *
 * <p>Usage: {@code EvaluateCommand [--bank-holidays FILE] CASES.json}. {@code FILE} is a council's
 * gov.uk-shaped bank-holiday list; the shipped England &amp; Wales list is the default. A malformed case
 * gives that case an {@code error} naming the field and the others are still evaluated. Exit status: 0
 * when the file was read (even with case errors); 1 when it cannot be read, is not JSON, or is neither
 * {@code {"scenarios": [...]}} nor a list; 2 for wrong arguments.
 */
public final class EvaluateCommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvaluateCommand() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, System.err));
    }

    /** Runs the command; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String casesFile = null;
        String holidaysFile = null;
        for (int i = 0; i < args.length; i++) {
            if ("--bank-holidays".equals(args[i]) && i + 1 < args.length) {
                holidaysFile = args[++i];
            } else if (casesFile == null && !args[i].startsWith("--")) {
                casesFile = args[i];
            } else {
                casesFile = null;
                break;
            }
        }
        if (casesFile == null) {
            err.println("usage: evaluate [--bank-holidays FILE] CASES.json");
            return 2;
        }
        WorkingDayCalendar calendar;
        try {
            calendar = holidaysFile == null ? WorkingDayCalendar.englandAndWales()
                    : WorkingDayCalendar.fromFile(Path.of(holidaysFile));
        } catch (BankHolidayFileException e) {
            err.println("evaluate: " + e.getMessage());
            return 1;
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(Path.of(casesFile), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            err.println("evaluate: " + casesFile + " is not JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
            return 1;
        } catch (IOException e) {
            err.println("evaluate: cannot read " + casesFile + ": " + e);
            return 1;
        }
        JsonNode cases = root == null ? null : root.isArray() ? root : root.get("scenarios");
        if (cases == null || !cases.isArray()) {
            err.println("evaluate: " + casesFile + " must be {\"scenarios\": [CASE, ...]} or a list [CASE, ...]");
            return 1;
        }
        out.println(evaluateAll(cases, calendar).toPrettyString());
        return 0;
    }

    /** {@code {"results": [...]}} for a list of cases. */
    public static ObjectNode evaluateAll(JsonNode cases, WorkingDayCalendar calendar) {
        CaseEvaluator evaluator = new CaseEvaluator(calendar);
        ObjectNode results = JsonNodeFactory.instance.objectNode();
        ArrayNode list = results.putArray("results");
        cases.forEach(c -> list.add(evaluator.evaluate(c)));
        return results;
    }
}
