package nl.iwmohub.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The users file (iwmo.http.users): one user a line, {@code name:role:bcrypt-hash}; lines starting with # are
 * comments. Passwords are stored only as BCrypt hashes (Spring Security's crypto module).
 */
public final class Users {
    public record User(String name, Role role, String hash) {}

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(10);
    /** Compared against when the name is unknown, so that an unknown name takes as long as a wrong password. */
    private static final String DUMMY = BCRYPT.encode("not a password");

    private final Map<String, User> users;

    private Users(Map<String, User> users) {
        this.users = users;
    }

    public static Users load(Path file) throws IOException {
        Map<String, User> users = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) return new Users(users);
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split(":", 3);
            if (parts.length != 3) throw new IllegalArgumentException("bad line in users file " + file + ": expected name:role:hash");
            users.put(parts[0], new User(parts[0], Role.parse(parts[1]), parts[2]));
        }
        return new Users(users);
    }

    public int size() {
        return users.size();
    }

    /** The user when the name and password match; every check costs one BCrypt comparison. */
    public Optional<User> authenticate(String name, String password) {
        if (name == null || password == null) return Optional.empty();
        User user = users.get(name);
        boolean ok = BCRYPT.matches(password, user == null ? DUMMY : user.hash());
        return ok && user != null ? Optional.of(user) : Optional.empty();
    }

    /** Adds or replaces the user in the file (created when missing). */
    public static void add(Path file, String name, Role role, String password) throws IOException {
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("a user name is 1-100 of A-Z a-z 0-9 . _ @ -");
        if (password == null || password.length() < 8) throw new IllegalArgumentException("the password must have at least 8 characters");
        List<String> lines = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.startsWith(name + ":")) lines.add(line);
            }
        } else {
            lines.add("# iwmo-hub workbench users: name:role:bcrypt-hash (written by: iwmo-hub user add)");
        }
        lines.add(name + ":" + role.key() + ":" + BCRYPT.encode(password));
        if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
