package dk.borgerplan.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class EndpointsTest {

    @Test
    void anUnspecifiedOrLoopbackAddressIsShownAsLocalhost() {
        assertEquals(List.of("http://localhost:8080/"), Endpoints.of("http://0.0.0.0:8080/"));
        assertEquals(List.of("http://localhost:9090/", "http://10.0.0.5:9090/"),
                Endpoints.of(new String[] { "http://127.0.0.1:9090/", "http://10.0.0.5:9090/" }));
        assertEquals(List.of("http://localhost:1/"), Endpoints.of(List.of("http://0.0.0.0:1/")));
        assertEquals(List.of(), Endpoints.of((Object) null));
    }
}
