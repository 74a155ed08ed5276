/**
 * The differential corpus: queries run on the embedded engine and on Neo4j over the same graph-data.
 *
 * Four groups: every explorer query the server sends (with every parameter set of
 * ../explorer-query-cases.ts, the table neo4j.test.ts runs too), every mission question (the queries
 * of tests/unit/knowledge/mission-questions.test.ts), every console example, and queries a Neo4j
 * user would type at this graph (aggregations, OPTIONAL MATCH,
 * variable-length paths, shortestPath, list comprehensions, map projections, string functions, date
 * comparisons, ORDER BY/SKIP/LIMIT, procedures). `ordered` marks queries whose ORDER BY fixes the row
 * order completely; the others are compared as multisets of rows.
 */
import { EXAMPLE_QUERIES } from "../../../src/ui/console/utils.ts";
import { EXPLORER_QUERY_CASES } from "../explorer-query-cases.ts";

export interface DifferentialQuery {
  id: string;
  group: "explorer" | "mission" | "console" | "user";
  query: string;
  params?: Record<string, unknown>;
  ordered?: boolean;
}

const explorer: DifferentialQuery[] = EXPLORER_QUERY_CASES.map((c) => ({
  id: `explorer:${c.id}`,
  group: "explorer",
  query: c.query,
  params: c.params,
}));

const mission: DifferentialQuery[] = [
  "MATCH (a:Entity)-[:THREATENS]->(b:Entity) RETURN a.id AS a, b.id AS b",
  "MATCH (:Entity {id: 'vladimir-putin'})-[r:THREATENS]->(:Entity {id: 'ukraine-allies'}) RETURN r.evidence_quote AS quote",
  "MATCH (:Entity {id: 'china'})-[r:ENABLES]->(b:Entity) RETURN b.id AS id, r.modality AS modality, r.evidence_quote AS quote",
  "MATCH (:Entity {id: 'china'})-[:DOES_NOT_CONDEMN]->(w:Entity) RETURN w.id AS id",
  "MATCH (a:Entity)-[:COORDINATES]->(:Entity {id: 'ramstein-meeting-2024-10-12'}) RETURN a.id AS id",
  "MATCH (a:Entity)-[:INVITES_TO]->(:Entity {id: 'ramstein-meeting-2024-10-12'}) RETURN a.id AS id",
  "MATCH (a:Entity)-[r:SUCCEEDS]->(:Entity {id: 'jens-stoltenberg'}) RETURN a.id AS id, r.date AS date",
  "MATCH (c:Country)-[:MEETS_TARGET]->(:Entity {id: 'two-percent-target'}) RETURN c.id AS id",
  "MATCH (c:Entity)-[:PUSHES_FOR]->(:Entity {id: 'three-percent-target'}) RETURN c.id AS id",
  "MATCH (:Entity {id: 'volodymyr-zelensky'})-[r:DEMANDS]->(m:Entity) RETURN m.id AS id",
  "MATCH (a:Entity)-[:BLOCKS]->(:Entity {id: 'ukraine-nato-membership'}) RETURN a.id AS id",
  "MATCH (:Entity {id: 'donald-trump'})-[r]->() WHERE r.evidence_quote CONTAINS '24 Stunden' RETURN r.modality AS m",
  "MATCH ()-[r]->() WHERE r.evidence_quote CONTAINS 'erwarten viele Mitgliedsländer Konflikte' RETURN r.modality AS m",
].map((query, i) => ({ id: `mission:${i + 1}`, group: "mission", query }));

const consoleExamples: DifferentialQuery[] = EXAMPLE_QUERIES.map((example) => ({
  id: `console:${example.title}`,
  group: "console",
  query: example.query,
}));

const U = (id: string, query: string, extra: Partial<DifferentialQuery> = {}): DifferentialQuery => ({
  id: `user:${id}`,
  group: "user",
  query,
  ...extra,
});

const user: DifferentialQuery[] = [
  // counting and aggregation
  U("count-entities", "MATCH (n:Entity) RETURN count(n) AS entities"),
  U("count-by-kind", "MATCH (n:Entity) RETURN n.kind AS kind, count(*) AS n ORDER BY n DESC, kind", {
    ordered: true,
  }),
  U("count-by-type", "MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n ORDER BY n DESC, type", {
    ordered: true,
  }),
  U(
    "degree-top10",
    "MATCH (n:Entity)-[r]-() RETURN n.id AS id, count(r) AS degree ORDER BY degree DESC, id LIMIT 10",
    {
      ordered: true,
    },
  ),
  U(
    "out-degree-avg",
    "MATCH (n:Entity) OPTIONAL MATCH (n)-[r]->() WITH n, count(r) AS out RETURN avg(out) AS avgOut, max(out) AS maxOut, min(out) AS minOut",
  ),
  U(
    "collect-names-per-kind",
    "MATCH (n:Entity) WITH n.kind AS kind, n.name AS name ORDER BY name RETURN kind, collect(name) AS names",
  ),
  U("count-distinct-types", "MATCH ()-[r]->() RETURN count(DISTINCT type(r)) AS types"),
  U("sum-evidence-length", "MATCH ()-[r]->() RETURN sum(r.evidence_end - r.evidence_start) AS chars"),
  U(
    "modality-share",
    "MATCH ()-[r]->() WITH count(r) AS total MATCH ()-[r]->() WITH total, r.modality AS modality, count(r) AS n RETURN modality, n, round(1000.0 * n / total) / 10 AS pct ORDER BY n DESC, modality",
    {
      ordered: true,
    },
  ),
  U(
    "having-like",
    "MATCH (a:Entity)-[r]->() WITH a, count(r) AS n WHERE n >= 4 RETURN a.id AS id, n ORDER BY n DESC, id",
    {
      ordered: true,
    },
  ),
  // OPTIONAL MATCH
  U(
    "optional-office",
    "MATCH (p:Person) OPTIONAL MATCH (p)-[:HOLDS_OFFICE]->(o) RETURN p.id AS person, o.id AS office",
  ),
  U(
    "optional-count-zero",
    "MATCH (c:Country) OPTIONAL MATCH (c)-[r:MEETS_TARGET]->() RETURN c.id AS country, count(r) AS targets",
  ),
  U(
    "optional-null-filter",
    "MATCH (p:Person) OPTIONAL MATCH (p)-[r:THREATENS]->(x) WITH p, x WHERE x IS NULL RETURN p.id AS id",
  ),
  // patterns, directions, labels
  U("two-hop", "MATCH (a:Person)-[:HOLDS_OFFICE]->(o)-[]->(org) RETURN a.id AS a, o.id AS o, org.id AS org"),
  U("undirected-neighbours", "MATCH (:Entity {id: 'nato'})--(x) RETURN DISTINCT x.id AS id"),
  U("incoming", "MATCH (x)-[r]->(:Entity {id: 'ukraine'}) RETURN x.id AS id, type(r) AS type"),
  U("type-alternatives", "MATCH (a)-[r:THREATENS|CRITICIZES]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b"),
  U("label-predicate", "MATCH (n) WHERE n:Person OR n:Country RETURN n.id AS id"),
  U("labels-function", "MATCH (n:Entity {id: 'mark-rutte'}) RETURN labels(n) AS labels"),
  U("triangle", "MATCH (a)-->(b)-->(c)-->(a) RETURN a.id AS a, b.id AS b, c.id AS c"),
  U("not-pattern", "MATCH (p:Person) WHERE NOT (p)-[:HOLDS_OFFICE]->() RETURN p.id AS id"),
  U(
    "exists-subquery",
    "MATCH (c:Country) WHERE EXISTS { (c)-[:MEMBER_OF]->(:Entity {id: 'nato'}) } RETURN c.id AS id",
  ),
  U("count-subquery", "MATCH (c:Country) RETURN c.id AS id, COUNT { (c)--() } AS degree"),
  // variable-length paths and shortest paths
  U("var-length-1-2", "MATCH (:Entity {id: 'mark-rutte'})-[*1..2]->(x) RETURN DISTINCT x.id AS id"),
  U("var-length-undirected", "MATCH (:Entity {id: 'china'})-[*1..3]-(x:Country) RETURN DISTINCT x.id AS id"),
  U(
    "var-length-path-length",
    "MATCH p = (:Entity {id: 'vladimir-putin'})-[*1..3]->(x) RETURN x.id AS id, length(p) AS hops",
  ),
  U(
    "shortest-path",
    "MATCH p = shortestPath((a:Entity {id: 'china'})-[*..6]-(b:Entity {id: 'nato'})) RETURN length(p) AS hops",
  ),
  U(
    "shortest-path-nodes",
    "MATCH p = shortestPath((a:Entity {id: 'mark-rutte'})-[*..6]-(b:Entity {id: 'ukraine'})) RETURN [n IN nodes(p) | n.id] AS ids, length(p) AS hops",
  ),
  U(
    "all-shortest-paths",
    "MATCH p = allShortestPaths((a:Entity {id: 'china'})-[*..6]-(b:Entity {id: 'ukraine'})) RETURN count(p) AS paths, min(length(p)) AS hops",
  ),
  U(
    "path-relationship-types",
    "MATCH p = (:Entity {id: 'vladimir-putin'})-[*2]->() RETURN [r IN relationships(p) | type(r)] AS types",
  ),
  // lists, maps, projections
  U(
    "list-comprehension",
    "MATCH (n:Entity {id: 'nato'}) RETURN [a IN n.aliases WHERE size(a) > 3 | toUpper(a)] AS aliases",
  ),
  U("map-projection", "MATCH (n:Person) RETURN n {.id, .name, .kind} AS person"),
  U(
    "map-projection-extra",
    "MATCH (n:Person)-[r:HOLDS_OFFICE]->(o) RETURN n {.id, office: o.name, since: r.date} AS p",
  ),
  U("map-literal", "MATCH (n:Country) RETURN {id: n.id, upper: toUpper(n.name)} AS m"),
  U("unwind-aliases", "MATCH (n:Entity) UNWIND n.aliases AS alias RETURN n.id AS id, alias"),
  U(
    "collect-distinct-size",
    "MATCH (n:Entity)-[r]->() RETURN n.id AS id, size(collect(DISTINCT type(r))) AS types",
  ),
  U(
    "list-index-slice",
    "WITH ['a', 'b', 'c', 'd'] AS xs RETURN xs[0] AS first, xs[-1] AS last, xs[1..3] AS middle, size(xs) AS n",
  ),
  U(
    "reduce",
    "MATCH (n:Entity) WITH collect(size(n.name)) AS lengths RETURN reduce(t = 0, l IN lengths | t + l) AS total",
  ),
  U("range-unwind", "UNWIND range(1, 5) AS x RETURN x, x * x AS square", { ordered: true }),
  U("keys-of-node", "MATCH (n:Entity {id: 'nato'}) RETURN keys(n) AS keys"),
  U("properties-of-rel", "MATCH ()-[r {id: 'rutte-succeeds-stoltenberg'}]->() RETURN properties(r) AS p"),
  // strings
  U("starts-with", "MATCH (n:Entity) WHERE n.name STARTS WITH 'N' RETURN n.name AS name"),
  U("ends-with", "MATCH (n:Entity) WHERE n.id ENDS WITH '-target' RETURN n.id AS id"),
  U("contains-ci", "MATCH (n:Entity) WHERE toLower(n.name) CONTAINS 'nato' RETURN n.id AS id"),
  U("regex", "MATCH (n:Entity) WHERE n.name =~ '(?i).*rutte.*' RETURN n.id AS id"),
  U(
    "string-functions",
    "MATCH (n:Entity {id: 'mark-rutte'}) RETURN toUpper(n.name) AS up, size(n.name) AS len, substring(n.name, 0, 4) AS first4, replace(n.name, 'Mark', 'M.') AS short, split(n.name, ' ') AS parts, trim('  x  ') AS t, left(n.name, 2) AS l, right(n.name, 2) AS r, reverse('abc') AS rev",
  ),
  U("quote-search", "MATCH (a)-[r]->(b) WHERE r.evidence_quote CONTAINS 'Nato' RETURN r.id AS id"),
  U(
    "to-string-number",
    "MATCH ()-[r {id: 'rutte-succeeds-stoltenberg'}]->() RETURN toString(r.evidence_start) AS s, toInteger('42') AS i, toFloat('1.5') AS f",
  ),
  U("coalesce", "MATCH (n:Entity) RETURN n.id AS id, coalesce(n.name_de, n.name) AS label"),
  // dates
  U("date-year", "MATCH ()-[r]->() WHERE r.date_from.year = 2024 RETURN count(r) AS n"),
  U("date-compare", "MATCH ()-[r]->() WHERE r.date_from >= date('2024-10-01') RETURN r.id AS id"),
  U(
    "date-range-overlap",
    "MATCH ()-[r]->() WHERE r.date_from <= date('2024-10-31') AND r.date_to >= date('2024-10-01') RETURN count(r) AS n",
  ),
  U(
    "date-as-text",
    "MATCH ()-[r {id: 'rutte-succeeds-stoltenberg'}]->() RETURN r.date AS date, r.date_from AS from, r.date_to AS to, toString(r.date_from) AS text",
  ),
  U("date-min-max", "MATCH ()-[r]->() RETURN min(r.date_from) AS earliest, max(r.date_to) AS latest"),
  U(
    "date-month-group",
    "MATCH ()-[r]->() WHERE r.date_from.year = 2024 RETURN r.date_from.month AS month, count(*) AS n ORDER BY month",
    {
      ordered: true,
    },
  ),
  U("date-order", "MATCH ()-[r]->() RETURN r.id AS id ORDER BY r.date_from DESC, r.id LIMIT 5", {
    ordered: true,
  }),
  U(
    "date-literal-map",
    "MATCH ()-[r]->() WHERE r.date_to < date({year: 2024, month: 1, day: 1}) RETURN r.id AS id",
  ),
  // ordering and paging
  U("order-skip-limit", "MATCH (n:Entity) RETURN n.id AS id ORDER BY n.id SKIP 5 LIMIT 5", { ordered: true }),
  U(
    "order-desc-multi",
    "MATCH (n:Entity) RETURN n.kind AS kind, n.id AS id ORDER BY kind DESC, id ASC LIMIT 12",
    { ordered: true },
  ),
  U(
    "with-limit-then-match",
    "MATCH (n:Country) WITH n ORDER BY n.id LIMIT 3 MATCH (n)-[r]->(x) RETURN n.id AS country, type(r) AS type, x.id AS target",
  ),
  U("distinct", "MATCH (n:Entity)-[r]->() RETURN DISTINCT r.modality AS modality"),
  U("union", "MATCH (n:Person) RETURN n.id AS id UNION MATCH (n:Country) RETURN n.id AS id"),
  U(
    "case",
    "MATCH ()-[r]->() RETURN CASE WHEN r.modality = 'asserted' THEN 'fact' ELSE 'claim' END AS kind, count(*) AS n",
  ),
  U("parameters", "MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name", {
    params: { ids: ["nato", "china", "russia"] },
  }),
  // procedures and functions on the schema
  U("db-labels", "CALL db.labels() YIELD label RETURN label"),
  U("db-relationship-types", "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType"),
  U("db-property-keys", "CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey"),
  U(
    "id-and-type",
    "MATCH (a {id: 'mark-rutte'})-[r]->(b) RETURN type(r) AS type, startNode(r).id AS s, endNode(r).id AS e",
  ),
  U(
    "math",
    "RETURN abs(-3) AS a, ceil(1.2) AS c, floor(1.8) AS f, round(2.5) AS r, sqrt(16) AS s, sign(-2) AS g, 7 % 3 AS m, 2 ^ 3 AS p",
  ),
  U(
    "null-semantics",
    "RETURN null = null AS eq, null IS NULL AS isnull, 1 + null AS plus, [1, null, 2] AS xs, size([x IN [1, null, 2] WHERE x IS NOT NULL]) AS n",
  ),
  U("integer-division", "RETURN 7 / 2 AS i, 7.0 / 2 AS f, toInteger(3.9) AS t, -7 / 2 AS neg"),
  U("string-concat", "MATCH (n:Country) RETURN n.id + ': ' + n.name AS label"),
  U(
    "list-functions",
    "MATCH (n:Entity {id: 'china'}) RETURN head(n.aliases) AS h, last(n.aliases) AS l, tail(n.aliases)[0] AS t, size(n.aliases) AS n",
  ),
  U(
    "quantifiers",
    "MATCH (n:Entity) WHERE any(a IN n.aliases WHERE a STARTS WITH 'Volks') RETURN n.id AS id",
  ),
  U(
    "all-none",
    "MATCH (n:Entity) WHERE size(n.aliases) > 0 AND all(a IN n.aliases WHERE size(a) > 2) AND none(a IN n.aliases WHERE a CONTAINS 'x') RETURN count(n) AS n",
  ),
  U(
    "stats",
    "MATCH ()-[r]->() WITH r.evidence_end - r.evidence_start AS len RETURN stDev(len) AS sd, percentileCont(len, 0.5) AS median, percentileDisc(len, 0.9) AS p90",
  ),
  U(
    "null-ordering",
    "MATCH (p:Person) OPTIONAL MATCH (p)-[:HOLDS_OFFICE]->(o) RETURN p.id AS id, o.id AS office ORDER BY office, id",
    {
      ordered: true,
    },
  ),
  U(
    "call-subquery",
    "MATCH (c:Country) CALL { WITH c MATCH (c)-[r]->() RETURN count(r) AS out } RETURN c.id AS id, out",
  ),
  U(
    "with-aggregate-filter",
    "MATCH (a)-[r]->(b) WITH type(r) AS type, collect(b.id) AS targets WHERE size(targets) > 3 RETURN type, size(targets) AS n",
  ),
  U(
    "date-duration",
    "MATCH ()-[r {id: 'putin-threatens-ukraine-allies'}]->() RETURN r.date_from + duration('P1M') AS nextMonth, duration.between(r.date_from, r.date_to).days AS days",
  ),
  U(
    "date-truncate-fields",
    "MATCH ()-[r {id: 'putin-threatens-ukraine-allies'}]->() RETURN r.date_to.day AS day, r.date_to.quarter AS q, r.date_from.dayOfWeek AS dow",
  ),
  U(
    "date-function-on-text",
    "MATCH ()-[r {id: 'putin-threatens-ukraine-allies'}]->() RETURN date(r.date + '-01') AS d",
  ),
  U(
    "date-plus-duration",
    "MATCH ()-[r {id: 'putin-threatens-ukraine-allies'}]->() RETURN r.date_from + duration('P1M') AS nextMonth, r.date_from + duration({days: 7}) AS nextWeek",
  ),
  U(
    "date-difference",
    "MATCH ()-[r {id: 'putin-threatens-ukraine-allies'}]->() RETURN r.date_to - r.date_from AS span",
  ),
  U("datetime-variable", "WITH datetime('2024-10-01T12:00:00Z') AS d RETURN d.year AS y, d.hour AS h"),
  U(
    "datetime",
    "RETURN datetime('2024-10-01T12:00:00Z').year AS y, date('2024-10-01') < date('2024-10-02') AS lt",
  ),
  U("count-empty", "MATCH (n:Entity {id: 'no-such-entity'}) RETURN count(n) AS n, collect(n.id) AS ids"),
  U(
    "optional-map-null",
    "MATCH (p:Person {id: 'mark-rutte'}) OPTIONAL MATCH (p)-[:THREATENS]->(x) RETURN {person: p.id, threatens: x.id} AS m",
  ),
  U(
    "exists-property",
    "MATCH (n:Entity) WHERE n.name_de IS NOT NULL AND n.name_de <> n.name RETURN n.id AS id, n.name_de AS de",
  ),
  U(
    "in-list-literal",
    "MATCH (a)-[r]->(b) WHERE r.modality IN ['expected', 'hypothetical'] RETURN r.id AS id, r.modality AS m",
  ),
  U("whole-graph", "MATCH (a)-[r]->(b) RETURN a, r, b"),
  U("return-path", "MATCH p = (:Entity {id: 'mark-rutte'})-[:SUCCEEDS]->() RETURN p"),
];

export const DIFFERENTIAL_QUERIES: readonly DifferentialQuery[] = [
  ...explorer,
  ...mission,
  ...consoleExamples,
  ...user,
];
