package vn.ntm.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The table of contents of a backup ({@code manifest.properties} in the zip): the schema version it was taken at, and
 * for every table its columns, rows and the SHA-256 of its COPY data; for every sequence its value.
 */
record BackupManifest(
        String schemaVersion,
        String created,
        String server,
        Map<String, Table> tables,
        Map<String, Sequence> sequences) {

    static final String FORMAT = "ntm-backup/1";
    static final String ENTRY = "manifest.properties";

    record Table(String name, List<String> columns, long rows, String sha256) {

        String entry() {
            return "tables/" + name + ".copy";
        }
    }

    record Sequence(String name, long lastValue, boolean called) {}

    void write(OutputStream out) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("schema.version", schemaVersion);
        p.setProperty("created", created);
        p.setProperty("server", server);
        p.setProperty("tables", String.join(",", tables.keySet()));
        for (Table t : tables.values()) {
            p.setProperty("table." + t.name() + ".columns", String.join(",", t.columns()));
            p.setProperty("table." + t.name() + ".rows", Long.toString(t.rows()));
            p.setProperty("table." + t.name() + ".sha256", t.sha256());
        }
        p.setProperty("sequences", String.join(",", sequences.keySet()));
        for (Sequence s : sequences.values()) {
            p.setProperty("sequence." + s.name(), s.lastValue() + "," + s.called());
        }
        p.store(out, "NTM backup");
    }

    /** Reads a manifest; a missing or malformed entry is a file that is not a backup of this product. */
    static BackupManifest read(InputStream in, String file) throws IOException {
        Properties p = new Properties();
        p.load(in);
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new BackupRefusedException("db.restore.notBackup", file);
        }
        try {
            Map<String, Table> tables = new LinkedHashMap<>();
            for (String name : names(p.getProperty("tables"))) {
                tables.put(
                        name,
                        new Table(
                                name,
                                List.of(required(p, "table." + name + ".columns")
                                        .split(",")),
                                Long.parseLong(required(p, "table." + name + ".rows")),
                                required(p, "table." + name + ".sha256")));
            }
            Map<String, Sequence> sequences = new LinkedHashMap<>();
            for (String name : names(p.getProperty("sequences"))) {
                String[] value = required(p, "sequence." + name).split(",");
                sequences.put(name, new Sequence(name, Long.parseLong(value[0]), Boolean.parseBoolean(value[1])));
            }
            if (!required(p, "schema.version").matches("\\d+(\\.\\d+)*")) {
                throw new IllegalArgumentException("bad schema.version");
            }
            return new BackupManifest(
                    required(p, "schema.version"),
                    p.getProperty("created", ""),
                    p.getProperty("server", ""),
                    tables,
                    sequences);
        } catch (RuntimeException e) {
            if (e instanceof BackupRefusedException) {
                throw e;
            }
            throw new BackupRefusedException(e, "db.restore.corrupt", file, BackupManifest.ENTRY);
        }
    }

    long rows() {
        return tables.values().stream().mapToLong(Table::rows).sum();
    }

    private static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        if (list != null && !list.isBlank()) {
            for (String name : list.split(",")) {
                if (!DatabaseSetup.isPlainName(name)) {
                    throw new IllegalArgumentException("bad name " + name);
                }
                names.add(name);
            }
        }
        return names;
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + key);
        }
        return value;
    }
}
