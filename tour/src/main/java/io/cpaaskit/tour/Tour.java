package io.cpaaskit.tour;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A guided tour of the three clients. For each vendor it runs against the embedded sandbox, or against the real
 * vendor when that vendor's credentials are in the environment (read-only unless {@code --allow-writes}).
 */
public final class Tour {
  static final String USAGE = String.join("\n",
      "Usage: ./tour [--allow-writes] [--sandbox] [--only vobiz|voipbin|zipteams]... [--help]",
      "",
      "A guided tour of the cpaaskit clients for Vobiz, VoIPBIN and Zipteams: for each vendor it builds a client",
      "with each credential kind, runs a real flow, lets a short-lived token expire and shows the re-login, pages",
      "through a list, and triggers a 429 and a typed error. It ends with a summary table and exits non-zero if",
      "any step failed.",
      "",
      "Modes (chosen per vendor):",
      "  sandbox       the default: an embedded, stateful emulator of the vendor on a loopback port, which also",
      "                validates every request against specs/. Nothing leaves this machine.",
      "  real vendor   when the vendor's credentials are in the environment (below). Read-only: profiles,",
      "                lists and a token. It never creates accounts, moves money or places calls unless",
      "                --allow-writes is given, and then only the reversible writes listed in the README.",
      "",
      "Options:",
      "  --allow-writes   allow the reversible writes against real vendors",
      "  --sandbox        use the sandboxes even when credentials are in the environment",
      "  --only VENDOR    run only this vendor (repeatable)",
      "  --help           print this text",
      "",
      "Environment (real-vendor mode; secrets are never printed):",
      "  VOBIZ_AUTH_ID, VOBIZ_AUTH_TOKEN            a partner (PA_...) or customer (MA_...) pair",
      "  VOBIZ_PARTNER_EMAIL, VOBIZ_PARTNER_PASSWORD  optional, with a PA_ pair: the partner console login (JWT)",
      "  VOBIZ_BASE_URL                             optional, default https://api.vobiz.ai",
      "  VOIPBIN_ACCESS_KEY                         an access key (vb_...), or",
      "  VOIPBIN_USERNAME, VOIPBIN_PASSWORD         an agent's login",
      "  VOIPBIN_BASE_URL                           optional, default https://api.voipbin.net",
      "  ZIPTEAMS_API_KEY, ZIPTEAMS_API_SECRET,",
      "  ZIPTEAMS_TENANT_ID, ZIPTEAMS_SUB_TENANT_ID  partner keys and the tenant pair to act for",
      "  ZIPTEAMS_BASE_URL                          optional, default https://api.zipteams.com",
      "",
      "Exit status: 0 when every step passed, 1 when a step failed, 2 for a usage error.");

  private static final List<String> VENDORS = List.of("vobiz", "voipbin", "zipteams");

  private Tour() {}

  /**
   * Runs the tour with the process's arguments and environment and exits with its status.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out));
  }

  /**
   * Runs the tour.
   *
   * @param args the command-line arguments
   * @param env the environment to read credentials from
   * @param out where the progress and the summary go
   * @return the exit status: 0 all steps passed, 1 a step failed, 2 a usage error
   */
  static int run(String[] args, Map<String, String> env, PrintStream out) {
    boolean allowWrites = false;
    boolean forceSandbox = false;
    Set<String> only = new LinkedHashSet<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--help", "-h" -> {
          out.println(USAGE);
          return 0;
        }
        case "--allow-writes" -> allowWrites = true;
        case "--sandbox" -> forceSandbox = true;
        case "--only" -> {
          if (i + 1 == args.length || !VENDORS.contains(args[i + 1])) {
            out.println("--only needs one of " + VENDORS + (i + 1 < args.length ? ", got '" + args[i + 1] + "'" : ""));
            return 2;
          }
          only.add(args[++i]);
        }
        default -> {
          out.println("Unknown option '" + args[i] + "'.\n\n" + USAGE);
          return 2;
        }
      }
    }
    Env environment = new Env(forceSandbox ? Map.of() : env);
    Report report = new Report(out);
    out.println("cpaaskit tour: " + describe(environment, allowWrites));
    List<VendorTour> tours = new ArrayList<>();
    tours.add(new VobizTour());
    tours.add(new VoipbinTour());
    tours.add(new ZipteamsTour());
    for (VendorTour tour : tours) {
      if (only.isEmpty() || only.contains(tour.id())) {
        tour.run(environment, allowWrites, report);
      }
    }
    return report.summary() == 0 ? 0 : 1;
  }

  private static String describe(Env env, boolean allowWrites) {
    List<String> real = new ArrayList<>();
    for (String vendor : VENDORS) {
      if (env.hasCredentials(vendor)) {
        real.add(vendor);
      }
    }
    if (real.isEmpty()) {
      return "every vendor runs against its embedded sandbox (no vendor credentials in the environment).";
    }
    return "real vendor for " + real + (allowWrites ? " with --allow-writes" : ", read-only")
        + "; the sandbox for the others.";
  }

  /** One vendor's part of the tour. */
  interface VendorTour {
    /** The vendor's id for {@code --only}. */
    String id();

    /** The vendor's name for headings. */
    String name();

    /** The encoded paths of the vendor's token endpoints: requests there count as logins, not calls. */
    Set<String> loginPaths();

    /** Runs the steps against an embedded sandbox. */
    void sandbox(Report report, Wire wire);

    /** Runs the steps against the real vendor, whose credentials are in {@code env}. */
    void real(Env env, boolean allowWrites, Report.Section section, Wire wire);

    /** Runs the vendor's steps in the mode the environment selects. */
    default void run(Env env, boolean allowWrites, Report report) {
      Wire wire = new Wire(loginPaths());
      if (env.hasCredentials(id())) {
        real(env, allowWrites,
            report.section(name(), "real vendor, " + (allowWrites ? "writes allowed" : "read-only"), wire), wire);
      } else {
        sandbox(report, wire);
      }
    }
  }

  /** The credentials the environment holds. */
  record Env(Map<String, String> values) {
    String get(String name) {
      String value = values.get(name);
      return value == null || value.isBlank() ? null : value.trim();
    }

    String getOrDefault(String name, String fallback) {
      String value = get(name);
      return value == null ? fallback : value;
    }

    boolean hasCredentials(String vendor) {
      return switch (vendor) {
        case "vobiz" -> get("VOBIZ_AUTH_ID") != null && get("VOBIZ_AUTH_TOKEN") != null;
        case "voipbin" -> get("VOIPBIN_ACCESS_KEY") != null
            || (get("VOIPBIN_USERNAME") != null && get("VOIPBIN_PASSWORD") != null);
        case "zipteams" -> get("ZIPTEAMS_API_KEY") != null && get("ZIPTEAMS_API_SECRET") != null
            && get("ZIPTEAMS_TENANT_ID") != null && get("ZIPTEAMS_SUB_TENANT_ID") != null;
        default -> false;
      };
    }

    @Override
    public String toString() {
      return "Env{" + values.size() + " variables}";
    }
  }
}
