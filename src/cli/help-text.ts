/** What `corridor-flow --help` prints. */
export const HELP_TEXT = `corridor-flow: how freight splits between the Eurasian transit corridors

Usage:
  corridor-flow solve    <scenario.json> [--json]
  corridor-flow validate <scenario.json>
  corridor-flow sweep    <scenario.json> --set <path> --from <a> --to <b> --steps <n> [--json | --csv]
  corridor-flow compare  <a.json> <b.json> [<more.json>…] [--json | --csv]
  corridor-flow resilience <scenario.json> [--json | --csv] [--value-of-lost-load <USD/t>]
  corridor-flow montecarlo <scenario.json> --runs <n> --seed <s> [--vary <path>=<min>:<mode>:<max>]… [--json | --csv]
  corridor-flow check    <scenario.json> [--runs <n>] [--seed <s>] [--out <file>] [--json]
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
  compare   Solve two or more scenarios and put them side by side, with each
            one's difference against the first: each corridor's share and
            flow and other's, total cost, cost per served tonne, served,
            unmet, each demand's unit cost, and the binding constraints
            added and removed against the first.
            --json  {"files", "names", "statuses", "rows": [{"key", "label",
                    "unit", "values", "differences", "differs"}],
                    "bottlenecks": [{"binding", "added", "removed"}]}
            --csv   header "key,label,unit,<name>...,difference <name>...",
                    a status row, one row per measure (shares as fractions),
                    and a row "binding:<kind>:<id>" per binding constraint
                    (1 binding, 0 not); an empty cell has no value.
  resilience
            N-1: close each enabled corridor, then each link that carries
            flow, one at a time, and rank the closures, most damaging first,
            by one measure, the damage: the rise in total cost with unserved
            freight at its price (soft demands at their unmetPenalty, hard
            demands at the value of lost load, default 1000 USD/t). Also the
            price of diversification: the cost of the corridors' share
            bounds (base cost minus the cost without any minShare or
            maxShare).
            --value-of-lost-load <USD/t>  the price of a tonne of hard
                    demand a closure leaves unserved
            --json  {"valueOfLostLoad", "base", "closures": [{"rank", "kind",
                    "id", "status", "costIncrease", "unmetIncrease",
                    "damage", "lostLoad"}], "mostDamaging",
                    "priceOfDiversification", "withoutShareBounds"}
            --csv   header "rank,kind,id,status,costIncrease,unmetIncrease,
                    damage,lostLoad", one row per closure (costIncrease and
                    damage USD/yr, empty when unknown; unmetIncrease and
                    lostLoad t/yr).
  montecarlo
            Draw each varied parameter from its triangular range (min, mode,
            max) <n> times and solve each draw; the same --seed gives the
            same numbers. Prints each corridor's median share with its 5-95 %
            band and the share of runs that use it, the total cost and unmet
            distributions, and how many runs are not optimal.
            --vary <path>=<min>:<mode>:<max>, repeatable, e.g.
            --vary links.caspian-ferry.capacity=2500000:3262500:4000000;
            without --vary, the scenario's own "uncertainty" array
            ([{"set", "min", "mode", "max"}]) is used; --vary replaces it.
            A --vary is checked like an uncertainty entry of the file and
            its errors are named --vary[i] (the first is --vary[0]).
            --runs  1 to 100000; --seed  0 to 2147483647.
            --json  {"runs", "seed", "vary", "draws", "shares",
                    "probabilityUsed", "objective", "unmet", "notOptimal",
                    "outcomes": [{"status", "objective", "served", "unmet",
                    "shares"}]}; distributions are {"median", "p5", "p95",
                    "mean", "min", "max"}.
            --csv   header "run,<path>...,status,objective,served,unmet,
                    <corridor id>...,other", one row per run (from 1); a run
                    that is not optimal has only run, draws and status.
  check     Check the solver on variants of the scenario (every capacity,
            cost, days and volume moved within ±50 %): every invariant of
            each result, and the metamorphic relations (more capacity never
            costs more, scaling costs scales the cost, …). Prints each
            check's cases, failures and skipped cases. A failure is shrunk
            to a small counter-example, written as a scenario file that
            opens in the app (default counterexample.json beside the input,
            or --out <file>), and its path printed.
            --runs  variants per check, 1 to 100000, default 50;
            --seed  0 to 2147483647, default random, printed so that a run
                    can be repeated.
            --json  {"file", "seed", "holds", "checks": [{"name", "cases",
                    "failures", "skipped"}], "counterExample": {"check",
                    "params", "violations", "file"}}

A file named - is read from standard input.

Exit codes:
  0  solved with status optimal (every sweep point, compared scenario and
     Monte Carlo run optimal; for resilience the base scenario), valid,
     or every check holds
  1  solved, but infeasible or unbounded (for sweep, compare, montecarlo:
     at least one; for resilience: the base scenario), or a check fails
  2  invalid input or usage: errors on stderr, one a line, each with its path
  3  internal or solver failure: a message on stderr
`;
