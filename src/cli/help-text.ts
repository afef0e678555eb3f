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
  corridor-flow calibrate <scenario.json> [--out <calibrated.json>] [--json] [--time-limit <s>] [--year <y>]
  corridor-flow plan     <scenario.json> [--json | --csv] [--gap <g>] [--time-limit <s>]
  corridor-flow --help | --version

Commands:
  solve     Solve the scenario and print the corridor split, total and unit
            cost, binding capacities ranked by marginal value, unused links
            with their reduced cost, and the demands. --json prints exactly
            the result object (docs/scenario-format.md) and nothing else.
  validate  Check the scenario: prints "ok" and any warnings, or every error
            with its path on stderr, one a line.
  sweep     Solve once per value of one parameter, <n> values evenly spaced
            from <a> to <b> inclusive (n from 1 to 1000; 1: just <a>). <path> names the
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
  calibrate Fit costs to the scenario's "observed" figures (corridor and
            link flows, node throughputs): the smallest cost changes under
            which the model's optimum reproduces every observation within
            1 %. Prints the changes (old → new, and why), each figure
            before and after, the fit (mean absolute % error, the worst),
            and the observations that cannot hold together, with how much
            they miss by. --out <file> writes the calibrated scenario (each
            changed cost says why in its "assumption" and carries a
            "calibrated" mark). Exit 1 when observations cannot hold; the
            closest calibration is still printed and written.
            --json  {"status", "scenario", "changes": [{"set", "old",
                    "value", "reason"}], "before", "after", "fitBefore",
                    "fitAfter", "conflicts", "measure", "solver"}
            --time-limit <s>  stop after s seconds (exit 3)
            --year <y>  fit each figure's observation of year y (else its
                    undated one); default: each figure's latest observation
  plan      Plan over the scenario's model years ("horizon") which of its
            "projects" to open and when: minimise the present value of
            every year's cost plus the projects' capital charges and opex.
            Prints the build plan (opening year, fraction, value of each
            project: how much the objective rises without it), the appraisal
            of each built project (PV cost, PV savings, NPV, BCR, break-even
            capex) and each model year's split.
            --gap   relative MIP gap to stop at, ≥ 0 and < 1, default 1e-6
            --time-limit  seconds; past it the plan stops with exit 3 and
                    says so (--json: status "time-limit", the best plan
                    found and its proven gap)
            --json  the plan's result object (scenario-format.md): {"status",
                    "objective", "gap", "years": [{"year", "weight",
                    "result"}], "projects": [{"id", "opens", "fraction",
                    "value", "fractions"}], "appraisal", "diagnosis"}
            --csv   header "year,weight,status,objective,served,unmet,
                    <corridor id>...,other,<project id>...", one row per
                    model year: its one-year cost (USD/yr), corridor flows
                    (t/yr) and each project's y (1 open, 0 closed).
            Progress goes to stderr when it is a terminal and the plan runs
            longer than two seconds.

A file named - is read from standard input.

Every command that solves also takes --time-limit <seconds> (above 0, at
most 1000000): a hard limit on the whole command's wall time. Past it the
command stops, says so on stderr and exits 3; with --json it prints a
document whose "status" is "time-limit" (for solve, the result object, with
no figures). When stderr is a terminal, a run of more than 2 s shows its
progress there.

solve, sweep, compare, resilience, montecarlo and check also take
--method arc|columns|paths|auto: how each LP is solved. Every method gives
the same optimum with the same certificate; only the time differs. arc
solves the whole LP at once; paths generates routes over a master of the
capacity and corridor rows (fast on large networks; where it cannot certify
the optimum itself it solves the whole LP); columns generates arc columns.
auto (the default) takes paths from 4000 flow columns up when no corridor
has a lower bound, else arc.

Limits: a scenario of at most 10 MB of JSON text, 50000 links and 5000
demands (standard input is refused, not read further, past 30 MB);
sweep --steps at most 1000. A valid scenario too big for this machine's
memory is refused with its size (exit 3). Names are printed as text: control
characters show as \\uXXXX escapes.

Exit codes:
  0  solved with status optimal (every sweep point, compared scenario and
     Monte Carlo run optimal; for resilience the base scenario), valid,
     or every check holds, or a plan proven optimal
  1  solved, but infeasible or unbounded (for sweep, compare, montecarlo:
     at least one; for resilience: the base scenario; for plan: no plan
     meets every demand), a check fails, or observed figures cannot hold
     together (calibrate)
  2  invalid input or usage: errors on stderr, one a line, each with its path
  3  internal or solver failure, the time limit, or not enough memory: a
     message on stderr
`;
