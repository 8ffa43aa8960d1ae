package org.stic.model.io;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

/**
 * The xmi:id-to-object map of a {@link SticResource}, built for EMF's UUIDs ({@code _CXbBYOo1EfGzeNGi7NxZDw}: an
 * underscore and 22 base64url digits of 128 bits). Two measured problems of a plain {@code HashMap<String, EObject>}
 * with such keys: consecutive UUIDs differ only in a few leading digits, and {@link String#hashCode()} folds 100,000
 * of them onto about 48,000 values, so the map degrades into tree bins of string comparisons; and every lookup of a
 * reference reads the key's String and its bytes, two more cache misses. So a UUID key is held as its two 128-bit
 * halves and compared as numbers; any other id (files from other tools) is compared as a string.
 * <p>
 * Ids come from files that may be hostile, so the hashes are keyed with a secret drawn once per process: nobody can
 * write a file whose ids all share one hash (hash flooding, which would make a load quadratic). Keys are also
 * {@link Comparable}, so that should many ids still share a bin, {@link HashMap} keeps them in a tree and a lookup
 * stays logarithmic.
 */
final class IdMap extends AbstractMap<String, EObject> {

    private final HashMap<Key, EObject> map;

    /** {@code expectedSize} ids fit without rehashing. */
    IdMap(int expectedSize) {
        map = new HashMap<>(Math.max(16, (int) (expectedSize / 0.75f) + 1));
    }

    /** A copy of {@code other} into which {@code expectedSize} ids fit without rehashing; its keys are reused. */
    IdMap(IdMap other, int expectedSize) {
        this(expectedSize);
        map.putAll(other.map);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean containsKey(Object id) {
        return id instanceof String s && map.containsKey(new Key(s));
    }

    @Override
    public EObject get(Object id) {
        return id instanceof String s ? map.get(new Key(s)) : null;
    }

    @Override
    public EObject put(String id, EObject eObject) {
        return map.put(new Key(id), eObject);
    }

    /** {@link #put} for a UUID already decoded by {@link #decodeUuid}. */
    void putUuid(String id, long high, long low, EObject eObject) {
        map.put(new Key(id, high, low), eObject);
    }

    @Override
    public EObject remove(Object id) {
        return id instanceof String s ? map.remove(new Key(s)) : null;
    }

    @Override
    public void clear() {
        map.clear();
    }

    @Override
    public Set<Map.Entry<String, EObject>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return map.size();
            }

            @Override
            public Iterator<Map.Entry<String, EObject>> iterator() {
                Iterator<Map.Entry<Key, EObject>> entries = map.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return entries.hasNext();
                    }

                    @Override
                    public Map.Entry<String, EObject> next() {
                        Map.Entry<Key, EObject> entry = entries.next();
                        return new SimpleEntry<>(entry.getKey().id, entry.getValue()) {
                            private static final long serialVersionUID = 1L;

                            @Override
                            public EObject setValue(EObject value) {
                                super.setValue(value);
                                return entry.setValue(value);
                            }
                        };
                    }

                    @Override
                    public void remove() {
                        entries.remove();
                    }
                };
            }
        };
    }

    /** Characters of an EMF UUID: an underscore and 22 base64url digits. */
    static final int UUID_LENGTH = 23;

    /** The value of each base64url digit, -1 for other characters. */
    private static final byte[] DIGITS = new byte[128];

    static {
        Arrays.fill(DIGITS, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < alphabet.length(); i++) {
            DIGITS[alphabet.charAt(i)] = (byte) i;
        }
    }

    /**
     * Decodes the 23 bytes at {@code at} as an EMF UUID into {@code bits} (high, low); false if they are not one. 21
     * digits carry 126 bits; the last one carries the remaining 2 in its high bits (its low 4 are zero), so every UUID
     * has exactly one spelling.
     */
    static boolean decodeUuid(byte[] id, int at, long[] bits) {
        if (id[at] != '_') {
            return false;
        }
        long high = 0;
        long low = 0;
        for (int i = 1; i < UUID_LENGTH; i++) {
            byte c = id[at + i];
            int digit = c >= 0 ? DIGITS[c] : -1;
            if (digit < 0) {
                return false;
            }
            if (i < UUID_LENGTH - 1) {
                high = high << 6 | low >>> 58;
                low = low << 6 | digit;
            } else if ((digit & 0xF) != 0) {
                return false;
            } else {
                high = high << 2 | low >>> 62;
                low = low << 2 | digit >>> 4;
            }
        }
        bits[0] = high;
        bits[1] = low;
        return true;
    }

    /** The secret of this process's hashes: see the class comment. */
    private static final long[] SECRET = new SecureRandom().longs(3).toArray();

    /**
     * The hash of a UUID: both halves are keyed with the secret and multiplied before they are combined, so the carries
     * depend on the secret and no set of ids collides whatever it is; then a 64-bit finaliser spreads every bit.
     */
    static int uuidHash(long high, long low) {
        long h = (high ^ SECRET[0]) * 0x9E3779B97F4A7C15L ^ Long.rotateLeft((low ^ SECRET[1]) * 0xC2B2AE3D27D4EB4FL, 32);
        return (int) (mix(h ^ SECRET[2]) >>> 32);
    }

    /** The finaliser of SplitMix64 (every input bit changes about half of the output bits). */
    private static long mix(long z) {
        z = (z ^ z >>> 30) * 0xBF58476D1CE4E5B9L;
        z = (z ^ z >>> 27) * 0x94D049BB133111EBL;
        return z ^ z >>> 31;
    }

    private static final class Key implements Comparable<Key> {
        /** The id as written; compared only when it is not a UUID. */
        final String id;
        final boolean uuid;
        final long high;
        final long low;
        final int hash;

        Key(String id) {
            this.id = id;
            long[] bits = new long[2];
            uuid = id.length() == UUID_LENGTH && decodeUuid(id.getBytes(StandardCharsets.ISO_8859_1), 0, bits);
            high = bits[0];
            low = bits[1];
            hash = uuid ? uuidHash(high, low) : fnv1a(id);
        }

        /** A UUID key whose bits are known already. */
        Key(String id, long high, long low) {
            this.id = id;
            this.uuid = true;
            this.high = high;
            this.low = low;
            this.hash = uuidHash(high, low);
        }

        /** String.hashCode() clusters similar ids (see above); FNV-1a spreads them, keyed and finalised as above. */
        private static int fnv1a(String s) {
            long h = 0xcbf29ce484222325L ^ SECRET[0];
            for (int i = 0, n = s.length(); i < n; i++) {
                h = (h ^ s.charAt(i)) * 0x100000001b3L;
            }
            return (int) (mix(h ^ SECRET[2]) >>> 32);
        }

        /** Any total order consistent with equals: it only keeps a crowded bin a tree. */
        @Override
        public int compareTo(Key other) {
            if (uuid != other.uuid) {
                return uuid ? -1 : 1;
            }
            if (!uuid) {
                return id.compareTo(other.id);
            }
            int c = Long.compare(high, other.high);
            return c != 0 ? c : Long.compare(low, other.low);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.hash == hash && key.uuid == uuid
                    && (uuid ? key.high == high && key.low == low : key.id.equals(id));
        }
    }
}
