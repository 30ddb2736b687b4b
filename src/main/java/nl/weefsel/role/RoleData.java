package nl.weefsel.role;

/** What an admin supplies to add or rename a role of the taxonomy. */
public record RoleData(String key, String nameNl, String nameEn, String descriptionNl, String descriptionEn) {
}
