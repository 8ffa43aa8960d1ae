package org.stic.model.io;

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
 */
final class IdMap extends AbstractMap<String, EObject> {

    private final HashMap<Key, EObject> map;

    /** {@code expectedSize} ids fit without rehashing. */
    IdMap(int expectedSize) {
        map = new HashMap<>(Math.max(16, (int) (expectedSize / 0.75f) + 1));
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

    /** The value of each base64url digit, -1 for other characters. */
    private static final byte[] DIGITS = new byte[128];

    static {
        Arrays.fill(DIGITS, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < alphabet.length(); i++) {
            DIGITS[alphabet.charAt(i)] = (byte) i;
        }
    }

    private static final class Key {
        /** The id as written; compared only when it is not a UUID. */
        final String id;
        final boolean uuid;
        final long high;
        final long low;
        final int hash;

        Key(String id) {
            this.id = id;
            long h = 0;
            long l = 0;
            boolean decoded = id.length() == 23 && id.charAt(0) == '_';
            // 21 digits carry 126 bits; the last one carries the remaining 2 in its high bits (its low 4 are zero)
            for (int i = 1; decoded && i < 23; i++) {
                char c = id.charAt(i);
                int digit = c < 128 ? DIGITS[c] : -1;
                int bits = i < 22 ? 6 : 2;
                if (digit < 0 || (i == 22 && (digit & 0xF) != 0)) {
                    decoded = false;
                } else {
                    h = h << bits | l >>> (64 - bits);
                    l = l << bits | (i < 22 ? digit : digit >>> 4);
                }
            }
            uuid = decoded;
            high = h;
            low = l;
            hash = decoded ? (int) ((h ^ Long.rotateLeft(l, 32)) * 0x9E3779B97F4A7C15L >>> 32) : fnv1a(id);
        }

        /** String.hashCode() clusters similar ids (see above); FNV-1a spreads them. */
        private static int fnv1a(String s) {
            int h = 0x811c9dc5;
            for (int i = 0, n = s.length(); i < n; i++) {
                h = (h ^ s.charAt(i)) * 0x01000193;
            }
            return h;
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
