package nl.iwmohub.app;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.iwmohub.web.Role;
import nl.iwmohub.web.Users;

/** {@code user add NAME --role auditor|privacy|beheer [--file FILE]}: the password is read from standard input. */
final class UserCommand {
    private UserCommand() {}

    static int run(List<String> args, InputStream in, PrintStream out) throws Exception {
        if (args.size() < 2 || !args.get(0).equals("add")) throw new IllegalArgumentException("usage: user add NAME --role ROLE [--file FILE]");
        String name = args.get(1);
        String role = null, file = null;
        for (int i = 2; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--role") || a.equals("--file")) && i + 1 < args.size()) {
                if (a.equals("--role")) role = args.get(++i);
                else file = args.get(++i);
            } else {
                throw new IllegalArgumentException("unknown option " + a + "\nusage: user add NAME --role ROLE [--file FILE]");
            }
        }
        if (role == null) throw new IllegalArgumentException("--role auditor|privacy|beheer is required");
        if (file == null) file = Settings.load(System.getenv(), java.util.Map.of()).get("iwmo.http.users");
        String password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        Users.add(Path.of(file), name, Role.parse(role), password);
        out.println("user " + name + " (" + Role.parse(role).key() + ") written to " + Path.of(file).toAbsolutePath());
        return 0;
    }
}
