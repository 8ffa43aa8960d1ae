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

    /** UTF-8 read as ISO-8859-1 turns Cyrillic into Ð and Ñ, and ² or « into Â followed by another character. */
    private static boolean garbled(String text) {
        return text.chars().anyMatch(c -> c == 0xC2 || c == 0xC3 || c == 0xD0 || c == 0xD1);
    }

    @Test
    void englishAndRussianHaveTheSameKeysAndNoGarbledText() throws Exception {
        Properties en = load("messages.properties");
        Properties ru = load("messages_ru.properties");
        assertEquals(en.keySet(), ru.keySet());
        for (String key : ru.stringPropertyNames()) {
            assertFalse(garbled(ru.getProperty(key)), key + " garbled: " + ru.getProperty(key));
            assertFalse(garbled(en.getProperty(key)), key + " garbled in English: " + en.getProperty(key));
        }
        assertEquals("обеспечена", ru.getProperty("Level_ready"));
        assertEquals("м²", ru.getProperty("Unit_squareMetres"));
        assertEquals("m²", en.getProperty("Unit_squareMetres"));
        assertTrue(ru.getProperty("Cause_noSupportingResource").startsWith("нет"));
    }
}
