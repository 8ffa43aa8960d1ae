package org.stic.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The analysis' texts exist in English and Russian, key for key, and survive the way Eclipse NLS reads them
 * (Properties.load: ISO-8859-1, so anything else must be written as a unicode escape or it comes out garbled).
 */
class MessagesTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void englishAndRussianHaveTheSameKeysAndNoGarbledText() throws Exception {
        Properties en = load("messages.properties");
        Properties ru = load("messages_ru.properties");
        assertEquals(en.keySet(), ru.keySet());
        for (String key : ru.stringPropertyNames()) {
            String value = ru.getProperty(key);
            assertFalse(value.chars().anyMatch(c -> c >= 0x80 && c < 0x100), key + " garbled: " + value);
            assertFalse(en.getProperty(key).chars().anyMatch(c -> c >= 0x80 && c < 0x100 && c != 0xB2),
                    key + " garbled in English");
        }
        assertEquals("обеспечена", ru.getProperty("Level_ready"));
        assertEquals("м²", ru.getProperty("Unit_squareMetres"));
        assertEquals("m²", en.getProperty("Unit_squareMetres"));
        assertTrue(ru.getProperty("Cause_noSupportingResource").startsWith("нет"));
    }
}
