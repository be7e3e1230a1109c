package org.doorstep.server.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Reads and checks every file of an import directory; touches no database. */
final class ImportReader {
    private ImportReader() {
    }

    static ImportSet read(Path directory, LocalDate today, List<ImportError> errors) {
        Map<ImportFile, List<ImportRow>> rows = new EnumMap<>(ImportFile.class);
        Map<ImportFile, Set<String>> declared = new EnumMap<>(ImportFile.class);
        Set<ImportFile> unreadable = EnumSet.noneOf(ImportFile.class);
        if (!Files.isDirectory(directory)) {
            errors.add(new ImportError(directory.toString(), 1, ImportError.WHOLE_FILE, "is not a directory"));
            return new ImportSet(rows, declared, unreadable);
        }
        for (Path path : csvFiles(directory, errors)) {
            String name = path.getFileName().toString();
            Optional<ImportFile> file = ImportFile.named(name);
            if (file.isEmpty()) {
                errors.add(new ImportError(name, 1, ImportError.WHOLE_FILE, "is not an import file; the files are "
                        + String.join(", ", Stream.of(ImportFile.values()).map(ImportFile::fileName).toList())));
                continue;
            }
            CsvSheet sheet = CsvSheet.read(path, file.get(), errors);
            if (!sheet.readable()) {
                unreadable.add(file.get());
                continue;
            }
            Set<String> ids = new HashSet<>();
            sheet.rows().forEach(row -> {
                if (row.value("id") != null) {
                    ids.add(row.value("id"));
                }
            });
            declared.put(file.get(), ids);
            rows.put(file.get(), RowParser.parse(sheet, today, errors));
        }
        if (rows.isEmpty() && unreadable.isEmpty() && errors.isEmpty()) {
            errors.add(new ImportError(directory.toString(), 1, ImportError.WHOLE_FILE, "holds none of the import files "
                    + String.join(", ", Stream.of(ImportFile.values()).map(ImportFile::fileName).toList())));
        }
        return new ImportSet(rows, declared, unreadable);
    }

    private static List<Path> csvFiles(Path directory, List<ImportError> errors) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(path -> path.getFileName().toString().toLowerCase().endsWith(".csv"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            errors.add(new ImportError(directory.toString(), 1, ImportError.WHOLE_FILE, "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }
}
