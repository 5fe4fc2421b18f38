package org.shegong.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.application.residents.ResidentSearch;
import org.shegong.platform.domain.model.resident.ResidentRow;

/**
 * Figure 4, the residents list: what the list page asks for each time it is drawn — a page of 20
 * of one tenant's residents in my streets, filtered by a name and a community, sorted by name, and
 * the count for the pager — through the platform ({@link ResidentRegistry#searchRows} and
 * {@link ResidentRegistry#count}, the repository's JPQL, as the list page reads them) against the
 * same two statements by hand, reading the same columns.
 */
final class ResidentListBench {

    private final PlatformBeans beans;
    private final ResidentWorld world;
    private final Set<String> streets;
    private final List<String> communities = new ArrayList<>();
    private final Random random = new Random(4);
    private final String rawPage;
    private final String rawCount;

    ResidentListBench(PlatformBeans beans, ResidentWorld world) {
        this.beans = beans;
        this.world = world;
        this.streets = new TreeSet<>(world.streets);
        world.communitiesOfStreet.values().forEach(communities::addAll);
        String marks = String.join(",", Collections.nCopies(streets.size(), "?"));
        String from = " FROM resident r JOIN region c ON c.id = r.community_id JOIN region s ON s.id = c.parent_id"
                + " WHERE r.tenant_id = ? AND s.code IN (" + marks + ") AND r.removed_at IS NULL AND r.name LIKE ? AND c.code = ?";
        this.rawPage = "SELECT r.id, r.version, r.name, r.id_number, r.gender, r.birth_date, r.phone,"
                + " c.name, r.categories, r.updated_at, r.updated_by, r.removed_at" + from + " ORDER BY r.name ASC, r.id LIMIT ?, ?";
        this.rawCount = "SELECT COUNT(r.id)" + from;
    }

    Figure run(int warmUp, int rounds, int calls) throws Exception {
        try (Connection connection = beans.dataSource().getConnection();
             PreparedStatement page = connection.prepareStatement(rawPage);
             PreparedStatement count = connection.prepareStatement(rawCount)) {
            String surname = "张";
            String community = communities.get(0);
            // Each tenant its own page (the platform shares its prepared list query between tenants).
            for (String tenant : List.of(ResidentWorld.TENANT, ResidentWorld.OTHER_TENANT, ResidentWorld.TENANT)) {
                List<Long> viaJpa = jpa(tenant, surname, community);
                List<Long> viaJdbc = raw(page, count, tenant, surname, community);
                if (viaJpa.size() < 2 || !viaJpa.equals(viaJdbc)) {
                    throw new IllegalStateException("the two paths read different pages for " + tenant + ": " + viaJpa + " vs " + viaJdbc);
                }
            }
            explain(connection, surname, community);
            double[] ms = Timing.interleavedWithCpu(warmUp, rounds, calls,
                    () -> jpa(ResidentWorld.TENANT, randomSurname(), randomCommunity()),
                    () -> raw(page, count, ResidentWorld.TENANT, randomSurname(), randomCommunity()));
            return Figure.of("4. residents list: page of 20 + count (name, community, by name)",
                    String.format("JPA %.3f ms (CPU %.3f ms)", ms[0], ms[2]), String.format("raw JDBC %.3f ms (CPU %.3f ms)", ms[1], ms[3]),
                    ms[0] / ms[1], 2.0, false, "×");
        }
    }

    /** The ids of the page, then the count (so both paths can be compared whole). */
    private List<Long> jpa(String tenant, String name, String community) {
        try (PlatformBeans.Request request = beans.request(tenant)) {
            ResidentRegistry registry = request.get(ResidentRegistry.class);
            ResidentSearch search = new ResidentSearch(streets, name, null, null, community, null, "name", true);
            List<Long> ids = new ArrayList<>(registry.searchRows(search, 0, 20).stream().map(ResidentRow::id).toList());
            ids.add(registry.count(search));
            return ids;
        }
    }

    private List<Long> raw(PreparedStatement page, PreparedStatement count, String tenant, String name, String community)
            throws SQLException {
        List<Long> ids = new ArrayList<>(21);
        int p = bind(page, tenant, name, community);
        page.setInt(p++, 0);
        page.setInt(p, 20);
        try (ResultSet r = page.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
                for (int column = 2; column <= 12; column++) {
                    r.getObject(column);
                }
            }
        }
        bind(count, tenant, name, community);
        try (ResultSet r = count.executeQuery()) {
            r.next();
            ids.add(r.getLong(1));
        }
        return ids;
    }

    /** The database's plan for the page (which index, whether it sorts), printed next to the figure. */
    private void explain(Connection connection, String name, String community) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + rawPage)) {
            int p = bind(explain, ResidentWorld.TENANT, name, community);
            explain.setInt(p++, 0);
            explain.setInt(p, 20);
            try (ResultSet r = explain.executeQuery()) {
                while (r.next()) {
                    System.out.printf("[bench] 4. plan: table %s, type %s, key %s, rows %s, %s%n", r.getString("table"),
                            r.getString("type"), r.getString("key"), r.getString("rows"), r.getString("Extra"));
                }
            }
        }
    }

    private int bind(PreparedStatement s, String tenant, String name, String community) throws SQLException {
        int p = 1;
        s.setString(p++, tenant);
        for (String street : streets) {
            s.setString(p++, street);
        }
        // The platform matches names containing the typed text (see JpaResidentRepository).
        s.setString(p++, "%" + name + "%");
        s.setString(p++, community);
        return p;
    }

    private String randomSurname() {
        return ResidentWorld.SURNAMES[random.nextInt(ResidentWorld.SURNAMES.length)];
    }

    private String randomCommunity() {
        return communities.get(random.nextInt(communities.size()));
    }
}
