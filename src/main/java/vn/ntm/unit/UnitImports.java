package vn.ntm.unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.errors.BadInputException;
import vn.ntm.imports.ImportMode;
import vn.ntm.install.Installation;

/**
 * One entry for every kind of unit import, used by the API and the command line alike. A manifest
 * ({@code units-snapshots.json}) imports its official lists in date order, then the old → new mapping.
 */
@Service
public class UnitImports {

    /** What a file holds. */
    public enum Kind {
        /** A complete list of units in force from a date (JSON official list or CSV). */
        LIST,
        /** Old → new communes of a restructuring. */
        MAPPING,
        /** Region, especially-difficult flag, commune group per unit and period (CSV). */
        ATTRIBUTES
    }

    private final UnitListImport lists;
    private final MappingImport mappings;
    private final UnitAttributes attributes;
    private final Installation installation;

    UnitImports(UnitListImport lists, MappingImport mappings, UnitAttributes attributes, Installation installation) {
        this.installation = installation;
        this.lists = lists;
        this.mappings = mappings;
        this.attributes = attributes;
    }

    public ImportReport importFile(
            Kind kind,
            String fileName,
            byte[] content,
            LocalDate effective,
            String legalBasis,
            ImportMode mode,
            boolean demo) {
        if (kind == null) {
            throw new BadInputException("kind", "error.import.kindRequired");
        }
        if (!demo && kind != Kind.LIST) { // a list refuses itself, once the file is read
            installation.requireReal();
        }
        return switch (kind) {
            case LIST -> lists.importList(fileName, content, effective, legalBasis, mode, null, demo);
            case MAPPING -> mappings.importMapping(fileName, content, effective, legalBasis, mode);
            case ATTRIBUTES -> attributes.importCsv(fileName, content, mode, demo);
        };
    }

    /**
     * Imports every snapshot a manifest names, oldest first, then its mapping, effective from the first snapshot
     * without districts. Files are read from the manifest's folder. One report per file, in that order: a list
     * already imported reports UNCHANGED; the mapping reports the rules applied ({@link ImportReport#rules}) and
     * the rows left unresolved ({@link ImportReport#unresolved}), which do not stop it in either mode.
     */
    public List<ImportReport> importManifest(Path manifest, ImportMode mode) {
        installation.requireReal();
        JsonNode root = JsonMapper.shared().readTree(read(manifest));
        Path folder = manifest.toAbsolutePath().getParent();
        List<JsonNode> snapshots = new ArrayList<>();
        root.path("snapshots").forEach(snapshots::add);
        snapshots.sort((a, b) ->
                a.path("effective").asString().compareTo(b.path("effective").asString()));
        List<ImportReport> reports = new ArrayList<>();
        LocalDate reform = null;
        for (JsonNode s : snapshots) {
            String file = s.path("file").asString();
            LocalDate effective = LocalDate.parse(s.path("effective").asString());
            if (reform == null && !s.path("counts").has("districts")) {
                reform = effective;
            }
            reports.add(lists.importList(
                    file, read(folder.resolve(file)), effective, s.path("basis").asString(null), mode, null, false));
        }
        JsonNode mapping = root.path("mapping");
        if (mapping.has("file") && reform != null) {
            String file = mapping.path("file").asString();
            reports.add(mappings.importMapping(
                    file,
                    read(folder.resolve(file)),
                    reform,
                    "Danh sách sắp xếp đơn vị hành chính cấp xã 2025 (" + file + ")",
                    mode));
        }
        return reports;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp " + file + ": " + e.getMessage(), e);
        }
    }
}
