package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals serve}: what it refuses before it serves (serving itself is tested in annals-server). */
class ServeCommandTest {

    @Test
    void help_names_the_safe_defaults() {
        Object[] r = AnalyzeExamplesTest.run("serve", "--help");
        assertEquals(0, r[0]);
        String help = (String) r[1];
        assertTrue(help.contains("127.0.0.1") && help.contains("--allow-ingest") && help.contains("read-only"), help);
    }

    @Test
    void a_port_out_of_range_is_a_usage_error() {
        Object[] r = AnalyzeExamplesTest.run("serve", "--port", "70000");
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("--port"), (String) r[2]);
    }

    @Test
    void a_store_in_a_missing_folder_is_named() {
        Object[] r = AnalyzeExamplesTest.run("serve", "--db", "/no/such/folder/annals.db", "--port", "0");
        assertEquals(1, r[0]);
        assertTrue(((String) r[2]).contains("no such folder"), (String) r[2]);
    }

    @Test
    void a_port_in_use_is_named(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Object[] r = AnalyzeExamplesTest.run("serve", "--db", dir.resolve("a.db").toString(), "--port",
                    String.valueOf(taken.getLocalPort()));
            assertEquals(1, r[0]);
            assertTrue(((String) r[2]).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), (String) r[2]);
        }
    }
}
