package org.shegong.platform.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.shegong.platform.application.residents.ResidentDetails;
import org.shegong.platform.domain.model.resident.IdNumber;
import org.shegong.platform.domain.model.resident.ResidentCategory;

/** Test data built from the demo world of tenants/ (which the server provisions at start). */
public final class Fixtures {

    /** 五一东街社区 of 迎泽街道, and 文庙社区 of 文庙街道. */
    public static final String COMMUNITY_YINGZE = "140106001001";
    public static final String COMMUNITY_WENMIAO = "140106003001";
    public static final String STREET_YINGZE = "140106001000";
    public static final String STREET_WENMIAO = "140106003000";

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 400));

    private Fixtures() {
    }

    /** A valid, invented ID number that no other call of this run returns. */
    public static String freshIdNumber() {
        int n = SEQUENCE.incrementAndGet();
        String first17 = "140106" + LocalDate.of(1950, 1, 1).plusDays(n * 7L).toString().replace("-", "")
                + String.format("%03d", n % 1000);
        return first17 + IdNumber.checkCharFor(first17);
    }

    public static ResidentDetails resident(String name, String idNumber, String communityCode) {
        return new ResidentDetails(name, idNumber, null, null, "13800000000", communityCode, "测试地址1号",
                Set.of(ResidentCategory.ELDER));
    }

    /** Rows of a table across all tenants, read with plain JDBC: what is really in the database. */
    public static long countRows(String table) throws SQLException {
        try (Connection c = dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static DataSource dataSource() {
        try {
            return InitialContext.doLookup("jdbc/shegong");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
