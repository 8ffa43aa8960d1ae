package org.stic.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stic.examples.ExtensionExample;

/**
 * Extension metamodels and rule files come from anybody: reading them must read nothing else (no DTDs, no external
 * entities, no network) and say clearly, with file and line:column, what was refused. A local server counts the
 * connections a hostile file makes the workbench open.
 */
class HostileFilesTest {

    private static final String SECRET = "TOP-SECRET-7f3a";

    @TempDir
    Path dir;

    private ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private Path model;

    @BeforeEach
    void startServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepter = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept(); OutputStream out = s.getOutputStream()) {
                    connections.incrementAndGet();
                    out.write("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // closed at the end of the test
                }
            }
        }, "hostile-files-server");
        accepter.setDaemon(true);
        accepter.start();
        model = ExtensionExample.copyTo(dir);
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + "/" + path;
    }

    private String technopark() throws IOException {
        return Files.readString(dir.resolve("metamodel/technopark.ecore"));
    }

    private SticProject projectWith(String ecore) throws IOException {
        Path file = dir.resolve("metamodel/hostile.ecore");
        Files.writeString(file, ecore, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(ProjectSettings.FILE_NAME), "{\"extensions\": [\"metamodel/hostile.ecore\"]}");
        return SticProject.forModel(model);
    }

    /** The technopark extension with a DOCTYPE declaring {@code entity}, used in a documentation annotation. */
    private SticProject projectWithEntity(String entity) throws IOException {
        return projectWith(technopark().replaceFirst("\\?>", "?>\n<!DOCTYPE ecore:EPackage [\n  <!ENTITY leak SYSTEM \""
                + entity + "\">\n]>").replaceFirst("<details key=\"documentation\" value=\"[^\"]*\"/>",
                        "<details key=\"documentation\"><value>&leak;</value></details>"));
    }

    private void assertRefusedAsDoctype(SticProject project) {
        assertEquals(List.of(), project.extensions());
        assertEquals(1, project.problems().size(), project.problems().toString());
        String problem = project.problems().get(0);
        assertTrue(problem.startsWith(dir.resolve("metamodel/hostile.ecore") + ":2:"), problem);
        assertTrue(problem.contains("declares a DOCTYPE; extension metamodels may not use DTDs or entities, so it"
                + " was refused and nothing it refers to was read"), problem);
    }

    @Test
    void anExternalEntityNamingALocalFileIsNotRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        SticProject project = projectWithEntity(secret.toUri().toString());

        assertFalse(project.extensions().stream().anyMatch(p -> p.getEAnnotations().stream()
                .anyMatch(a -> a.getDetails().containsValue(SECRET))), "the secret was read into the extension");
        assertRefusedAsDoctype(project);
        assertFalse(project.problems().get(0).contains(SECRET), project.problems().get(0));
    }

    @Test
    void anExternalEntityNamingAServerIsNotFetched() throws Exception {
        SticProject project = projectWithEntity(url("entity"));

        assertEquals(0, connections.get(), "connections to the URL the entity names");
        assertRefusedAsDoctype(project);
    }

    @Test
    void anEntityExpansionBombIsRefused() throws Exception {
        StringBuilder bomb = new StringBuilder("<!DOCTYPE ecore:EPackage [\n  <!ENTITY a0 \"lol\">\n");
        for (int i = 1; i <= 10; i++) {
            bomb.append("  <!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        bomb.append("]>");
        SticProject project = projectWith(technopark().replaceFirst("\\?>", "?>\n" + bomb)
                .replace("name=\"technopark\"", "name=\"&a10;\""));

        assertEquals(List.of(), project.extensions());
        assertEquals(1, project.problems().size(), project.problems().toString());
        assertTrue(project.problems().get(0).startsWith(dir.resolve("metamodel/hostile.ecore") + ":2:"),
                project.problems().get(0));
        assertTrue(project.problems().get(0).contains("declares a DOCTYPE"), project.problems().get(0));
    }

    @Test
    void aReferenceToAnUndeclaredMetamodelIsNotFetched() throws Exception {
        String remote = url("x.ecore") + "#//A";
        SticProject project = projectWith(technopark().replace("http://www.stic.org/stic/1.0#//Participant", remote));

        assertEquals(0, connections.get(), "connections to the URL the extension refers to");
        assertEquals(List.of(), project.extensions());
        assertEquals(List.of(dir.resolve("metamodel/hostile.ecore") + ":7:72: extension 'technopark' is not loaded:"
                + " it refers to " + remote + ", which is not declared in stic-project.json (only the declared"
                + " extensions and the built-in metamodels are read)"), project.problems());
    }

    @Test
    void aNamespaceOrSchemaLocationNamingAServerIsNotFetched() throws Exception {
        String ecore = technopark().replace("nsPrefix=\"technopark\">", "nsPrefix=\"technopark\" xmlns:evil=\""
                + url("ns") + "\" xsi:schemaLocation=\"" + url("ns") + " " + url("ns.ecore") + "\">\n  <evil:Thing/>");
        SticProject project = projectWith(ecore);

        assertEquals(0, connections.get(), "connections to the namespace's server");
        assertEquals(List.of(), project.extensions(), project.problems().toString());
        assertEquals(1, project.problems().size(), project.problems().toString());
        assertTrue(project.problems().get(0).startsWith(dir.resolve("metamodel/hostile.ecore") + ":"),
                project.problems().get(0));
    }

    @Test
    void aRuleFileThatImportsAUrlReadsNothing() throws Exception {
        Path rules = dir.resolve("rules/import.ocl");
        Files.writeString(rules, "import '" + url("rules.ecore") + "'\npackage stic\ncontext KeyAction\n"
                + "-- @rule USR-100\ninv named: self.name <> null\nendpackage\n");
        Files.writeString(dir.resolve(ProjectSettings.FILE_NAME), "{\"extensions\": [\"metamodel/technopark.ecore\"],"
                + " \"rules\": [\"rules/import.ocl\"]}");
        SticProject project = SticProject.forModel(model);

        // classic OCL resolves names in the project's package registry only: an import is read as no more than a name,
        // and the author is told so
        assertEquals(0, connections.get(), "connections to the URL the rule file imports");
        assertEquals(List.of(rules + ":1:1: 'import' is not supported and is ignored: rules see the STIC metamodel and"
                + " the extensions declared in stic-project.json"), project.problems().stream().map(Object::toString).toList());
        assertTrue(project.catalogue().rule("USR-100").isPresent(), "the file's rule is checked");
    }
}
