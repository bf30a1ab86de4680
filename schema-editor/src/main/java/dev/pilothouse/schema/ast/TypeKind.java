package dev.pilothouse.schema.ast;

/** The kinds of named type a schema can define. */
public enum TypeKind {
    OBJECT("type"),
    INTERFACE("interface"),
    INPUT("input"),
    ENUM("enum"),
    SCALAR("scalar"),
    UNION("union");

    private final String keyword;

    TypeKind(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    public static TypeKind ofKeyword(String keyword) {
        for (TypeKind kind : values()) {
            if (kind.keyword.equals(keyword)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a type keyword: " + keyword);
    }
}
