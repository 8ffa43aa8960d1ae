package org.stic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.Cluster;
import org.stic.report.ReportFixtures.ProcessResult;

/**
 * The HTML report opened by a real browser, Debian's headless Chromium (installed by .ci/run): no console errors,
 * the escaped name stays text in the DOM, and a screenshot is kept in {@code target/screenshots/report.png} for
 * people to look at.
 */
class ChromiumTest {

    @TempDir
    Path dir;

    @Test
    void reportOpensInChromiumWithoutConsoleErrors() throws Exception {
        Cluster cluster = ReportFixtures.load(ReportFixtures.KALUGA);
        cluster.getInternalContour().getKeyActions().get(0).setName(ReportFixtures.SCRIPT);
        Path html = Reports.write(cluster, ReportFixtures.example(ReportFixtures.KALUGA), dir.resolve("report"),
                ReportFormat.HTML, LocalDate.now()).file();
        Path screenshot = dir.resolve("report.png");

        ProcessResult shot = chromium("--window-size=1280,2400", "--screenshot=" + screenshot, html);
        assertEquals(0, shot.exitCode(), shot.err());
        assertEquals(List.of(), consoleMessages(shot.err()), "console messages");
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(2400, image.getHeight());
        assertTrue(distinctColours(image) > 50, "the page is drawn, not blank");
        Path kept = Path.of("target", "screenshots", "report.png");
        Files.createDirectories(kept.getParent());
        Files.copy(screenshot, kept, StandardCopyOption.REPLACE_EXISTING);

        ProcessResult dom = chromium("--dump-dom", html);
        assertEquals(0, dom.exitCode(), dom.err());
        assertEquals(List.of(), consoleMessages(dom.err()), "console messages");
        assertTrue(dom.out().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name is text in the DOM");
        assertFalse(dom.out().contains("<script"), "no script element in the DOM");
        assertTrue(dom.out().contains(cluster.getName()), "Cyrillic survives the round trip through the browser");
    }

    private ProcessResult chromium(String option, Path html) throws Exception {
        return chromium(option, null, html);
    }

    private ProcessResult chromium(String option, String option2, Path html) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile"), "--enable-logging=stderr", "--v=0",
                option));
        if (option2 != null) {
            cmd.add(option2);
        }
        cmd.add(html.toUri().toString());
        return ReportFixtures.run(dir, cmd);
    }

    /** Chromium logs each console message of the page as an INFO:CONSOLE line on stderr. */
    private static List<String> consoleMessages(String stderr) {
        return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
