package vn.ntm.db;

/** A PostgreSQL role and its password. The password is never printed by {@link #toString()}. */
public record Login(String user, String password) {

    @Override
    public String toString() {
        return "Login[" + user + "]";
    }
}
