package dk.borgerplan.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.borgerplan.accounts.Role;

/**
 * The authorization matrix of what holds no citizen's data (administration, catalogues, the session): every such
 * operation of the API (from openapi.json) × every role, and no session at all, against the expected allow or deny
 * written in {@code access-matrix.csv}. A new endpoint without a row fails, and so does a row for an endpoint that is
 * gone. Operations on citizens' data are decided by relationship and have their rows in the distribution's
 * {@code RelationshipMatrixIT}, which runs them over HTTP.
 */
class AccessMatrixTest {

    private static final String ANONYMOUS = "ANONYMOUS";
    private static final String SOME_ID = "00000000-0000-4000-8000-000000000000";

    record Row(String operation, Map<String, Boolean> expected) {
    }

    static List<Row> matrix() throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> roles = null;
        try (InputStream in = AccessMatrixTest.class.getResourceAsStream("access-matrix.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(";");
                if (roles == null) {
                    roles = List.of(cells).subList(1, cells.length);
                    continue;
                }
                Map<String, Boolean> expected = new LinkedHashMap<>();
                for (int i = 0; i < roles.size(); i++) {
                    expected.put(roles.get(i), switch (cells[i + 1]) {
                        case "allow" -> true;
                        case "deny" -> false;
                        default -> throw new IllegalArgumentException(line);
                    });
                }
                rows.add(new Row(cells[0], expected));
            }
        }
        return rows;
    }

    static Set<String> documentedOperations() throws IOException {
        Set<String> operations = new TreeSet<>();
        try (InputStream in = AccessMatrixTest.class.getResourceAsStream("/openapi/openapi.json")) {
            JsonNode paths = new ObjectMapper().readTree(in).path("paths");
            Iterator<Map.Entry<String, JsonNode>> each = paths.fields();
            while (each.hasNext()) {
                Map.Entry<String, JsonNode> path = each.next();
                path.getValue().fieldNames().forEachRemaining(method -> {
                    if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                        operations.add(method.toUpperCase() + " " + path.getKey());
                    }
                });
            }
        }
        return operations;
    }

    @Test
    void everyOperationHasARowAndEveryRowAnOperation() throws IOException {
        Set<String> rows = new TreeSet<>(matrix().stream().map(Row::operation).toList());
        Set<String> documented = new TreeSet<>(documentedOperations());
        // Citizens' data is decided by relationship: those rows are RelationshipMatrixIT's, over HTTP.
        documented.removeIf(AccessMatrixTest::citizenData);
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(rows);
        assertTrue(missing.isEmpty(), "operations without a row in access-matrix.csv: " + missing);
        Set<String> stale = new TreeSet<>(rows);
        stale.removeAll(documented);
        assertTrue(stale.isEmpty(), "rows for operations that do not exist: " + stale);
        Set<String> columns = matrix().get(0).expected().keySet();
        Set<String> roles = new TreeSet<>(Stream.of(Role.values()).map(Role::name).toList());
        roles.add(ANONYMOUS);
        assertEquals(roles, new TreeSet<>(columns), "a column for every role, and one without a session");
    }

    static boolean citizenData(String operation) {
        String path = operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[^}]+}", SOME_ID);
        return CitizenDataRequest.of(operation.substring(0, operation.indexOf(' ')),
                List.of(path.substring(1).split("/", -1)), name -> null).isPresent();
    }

    /** Every operation on citizens' data is translated into something the authorization service decides. */
    @Test
    void everyOperationOnCitizensDataIsTranslatedForTheAuthorizationService() throws IOException {
        long translated = documentedOperations().stream().filter(AccessMatrixTest::citizenData).count();
        assertTrue(translated >= 40, "operations on citizens' data: " + translated);
    }

    static Stream<Arguments> decisions() throws IOException {
        return matrix().stream().flatMap(row -> row.expected().entrySet().stream()
                .map(cell -> Arguments.of(row.operation(), cell.getKey(), cell.getValue())));
    }

    @ParameterizedTest(name = "{1} {0} → {2}")
    @MethodSource("decisions")
    void theFilterDecidesAsTheMatrixSays(String operation, String role, boolean allowed) {
        String method = operation.substring(0, operation.indexOf(' '));
        String template = operation.substring(operation.indexOf(' ') + 1);
        String path = template.replaceAll("\\{[^}]+}", SOME_ID);
        List<String> segments = path.equals("/") ? List.of() : List.of(path.substring(1).split("/", -1));
        assertTrue(CitizenDataRequest.of(method, segments, name -> null).isEmpty(),
                operation + " holds citizens' data: its row belongs in RelationshipMatrixIT's relationship-matrix.csv");
        boolean decided = SessionFilter.open(method, segments)
                || !role.equals(ANONYMOUS) && SessionFilter.allowedByRole(Role.valueOf(role), method, segments);
        assertEquals(allowed, decided, role + " " + operation);
    }
}
