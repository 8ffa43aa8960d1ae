package org.stic.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.stic.SticFactory;

class IdMapTest {

    private static EObject object() {
        return SticFactory.eINSTANCE.createParticipant();
    }

    @Test
    void behavesAsAMapForEmfUuids() {
        IdMap ids = new IdMap(0);
        Map<String, EObject> expected = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            EObject object = object();
            String id = EcoreUtil.generateUUID();
            assertNull(ids.put(id, object));
            expected.put(id, object);
        }
        assertEquals(expected, ids);
        assertEquals(expected, new HashMap<>(ids), "iteration gives the ids as written");
        expected.forEach((id, object) -> assertSame(object, ids.get(new String(id.toCharArray())), id));
        assertNull(ids.get(EcoreUtil.generateUUID()));
        assertFalse(ids.containsKey(object()));
    }

    /** Digits past the 128 bits, characters outside base64url and other lengths are ids of their own, as strings. */
    @Test
    void idsThatAreNotCanonicalUuidsStayDistinct() {
        List<String> distinct = List.of(
                "_AAAAAAAAAAAAAAAAAAAAAA", // 128 zero bits
                "_AAAAAAAAAAAAAAAAAAAAAQ", // the last digit carries two bits: 01
                "_AAAAAAAAAAAAAAAAAAAAAB", // a set bit beyond the 128: not what EMF writes, but a valid, different id
                "_AAAAAAAAAAAAAAAAAAAAA+", "_AAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAA", "p1", "", "_\u0416AAAAAAAAAAAAAAAAAAAAA");
        IdMap ids = new IdMap(4);
        Map<String, EObject> expected = new HashMap<>();
        for (String id : distinct) {
            EObject object = object();
            ids.put(id, object);
            expected.put(id, object);
        }
        assertEquals(distinct.size(), ids.size());
        assertEquals(expected, ids);
        assertSame(expected.get("p1"), ids.remove("p1"));
        assertFalse(ids.containsKey("p1"));
        assertTrue(ids.containsKey("_AAAAAAAAAAAAAAAAAAAAAB"));
    }

    @Test
    void entriesWriteThroughAndCanBeRemovedWhileIterating() {
        IdMap ids = new IdMap(0);
        String first = EcoreUtil.generateUUID();
        String second = EcoreUtil.generateUUID();
        ids.put(first, object());
        ids.put(second, object());
        EObject replacement = object();
        for (Iterator<Map.Entry<String, EObject>> i = ids.entrySet().iterator(); i.hasNext();) {
            Map.Entry<String, EObject> entry = i.next();
            if (entry.getKey().equals(first)) {
                entry.setValue(replacement);
            } else {
                i.remove();
            }
        }
        assertEquals(Map.of(first, replacement), ids);
        ids.clear();
        assertTrue(ids.isEmpty());
    }

    @Test
    void idsThatAllShareTheOldUnkeyedHashAreSpreadByTheKeyedOne() {
        int n = 100_000;
        java.util.Set<Integer> legacy = new java.util.HashSet<>();
        java.util.Set<Integer> keyed = new java.util.HashSet<>();
        long[] decoded = new long[2];
        for (int i = 0; i < n; i++) {
            long[] b = HostileIds.bits(i);
            String id = HostileIds.uuid(b[0], b[1]);
            assertTrue(IdMap.decodeUuid(id.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, decoded), id);
            assertEquals(b[0], decoded[0]);
            assertEquals(b[1], decoded[1]);
            legacy.add(HostileIds.legacyHash(b[0], b[1]));
            keyed.add(IdMap.uuidHash(b[0], b[1]));
        }
        assertEquals(1, legacy.size(), "the construction is hostile: one value for all ids");
        // a random 32-bit function gives about n - n^2/2^33 = 99,999 distinct values
        assertTrue(keyed.size() > 99_900, keyed.size() + " distinct hashes of " + n);
    }

    @Test
    void aMapOfHostileIdsGivesEveryObjectBack() {
        IdMap ids = new IdMap(0);
        Map<String, EObject> expected = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            long[] b = HostileIds.bits(i);
            EObject object = object();
            String id = HostileIds.uuid(b[0], b[1]);
            ids.put(id, object);
            expected.put(id, object);
        }
        expected.forEach((id, object) -> assertSame(object, ids.get(id), id));
        assertEquals(expected.size(), ids.size());
    }
}
