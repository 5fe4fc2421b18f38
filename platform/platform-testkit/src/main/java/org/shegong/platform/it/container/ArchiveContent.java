package org.shegong.platform.it.container;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;

/**
 * What an archive holds, as one string that is equal for two archives with the same entries: the
 * SHA-256 of its name and its sorted entry paths. Within one test run a path always has the same
 * bytes behind it (the same WAR, the same compiled classes), so the paths say it.
 */
final class ArchiveContent {

    private ArchiveContent() {
    }

    static String of(Archive<?> archive) {
        TreeSet<String> paths = new TreeSet<>();
        for (ArchivePath path : archive.getContent().keySet()) {
            paths.add(path.get());
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(archive.getName().getBytes(StandardCharsets.UTF_8));
            for (String path : paths) {
                sha.update((byte) 0);
                sha.update(path.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
