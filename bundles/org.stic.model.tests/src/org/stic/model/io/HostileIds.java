package org.stic.model.io;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files whose UUIDs were chosen by an attacker: every id has the same value under the unkeyed hash the id maps used
 * before issue 20, {@code (int) ((high ^ rotl(low, 32)) * 0x9E3779B97F4A7C15 >>> 32)}, which anyone can invert.
 */
final class HostileIds {

    private static final Pattern ID = Pattern.compile("_[A-Za-z0-9_-]{22}");
    private static final long TARGET = 0x5EED_5EED_5EED_5EEDL;

    private HostileIds() {
    }

    /** The unkeyed hash an attacker aims at. */
    static int legacyHash(long high, long low) {
        return (int) ((high ^ Long.rotateLeft(low, 32)) * 0x9E3779B97F4A7C15L >>> 32);
    }

    /** The {@code i}-th hostile id: low counts, high is chosen so that {@code high ^ rotl(low, 32)} is constant. */
    static long[] bits(int i) {
        long low = 0x0123_4567_89AB_CDEFL + i * 0x9E37_79B9L;
        return new long[] {TARGET ^ Long.rotateLeft(low, 32), low};
    }

    /** An EMF-style UUID ({@code _} and 22 base64url digits) for 128 bits. */
    static String uuid(long high, long low) {
        byte[] bytes = ByteBuffer.allocate(16).putLong(high).putLong(low).array();
        return "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The text of a .stic file with every UUID replaced by a hostile one (references follow). */
    static String rewrite(String xmi) {
        Map<String, String> replacements = new HashMap<>();
        Matcher m = ID.matcher(xmi);
        StringBuilder out = new StringBuilder(xmi.length());
        while (m.find()) {
            String id = m.group();
            String hostile = replacements.computeIfAbsent(id, k -> {
                long[] b = bits(replacements.size());
                return uuid(b[0], b[1]);
            });
            m.appendReplacement(out, Matcher.quoteReplacement(hostile));
        }
        m.appendTail(out);
        return out.toString();
    }
}
