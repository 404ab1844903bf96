package nl.iwmohub.read;

/** One XSD validation error: where (line, column, element path) and what the validator said. */
public record XsdError(int line, int column, String element, String message) {
    @Override
    public String toString() {
        return "line " + line + ", column " + column + ", element " + element + ": " + message;
    }
}
