/** What `corridor-flow --help` prints. */
export const HELP_TEXT = `corridor-flow: how freight splits between the Eurasian transit corridors

Usage:
  corridor-flow solve    <scenario.json> [--json]
  corridor-flow validate <scenario.json>
  corridor-flow sweep    <scenario.json> --set <path> --from <a> --to <b> --steps <n> [--json | --csv]
  corridor-flow --help | --version

Commands:
  solve     Solve the scenario and print the corridor split, total and unit
            cost, binding capacities ranked by marginal value, unused links
            with their reduced cost, and the demands. --json prints exactly
            the result object (scenario-format.md) and nothing else.
  validate  Check the scenario: prints "ok" and any warnings, or every error
            with its path on stderr, one a line.
  sweep     Solve once per value of one parameter, <n> values evenly spaced
            from <a> to <b> inclusive (n = 1: just <a>). <path> names the
            parameter by id: links.<id>.capacity, links.<id>.cost,
            links.<id>.days, nodes.<id>.capacity, nodes.<id>.cost,
            demands.<id>.volume, corridors.<id>.maxShare, and the other
            numeric fields alike.
            --json  {"parameter", "points": [{"value", "result"}]}
            --csv   header "value,objective,served,unmet,<corridor id>...,other",
                    one row per value; corridor and other columns are shares
                    of the served tonnes as fractions (0.25 = 25 %); a value
                    whose solve is not optimal leaves every cell but value empty.

A file named - is read from standard input.

Exit codes:
  0  solved with status optimal (every sweep point optimal), or valid
  1  solved, but infeasible or unbounded (for sweep: at least one point)
  2  invalid input or usage: errors on stderr, one a line, each with its path
  3  internal or solver failure: a message on stderr
`;
