package vn.ntm.org;

import java.util.List;

/**
 * A position of the directory's list (Bí thư, Phó Bí thư Thường trực, Chủ tịch, Chánh Văn phòng...), the body types
 * it exists in, and whether its holder signs documents (appears in a signing block).
 */
public record PositionType(String code, String nameVi, String nameEn, boolean signs, int sort, List<String> bodyTypes) {

    public PositionType {
        bodyTypes = List.copyOf(bodyTypes);
    }

    public boolean existsIn(String bodyType) {
        return bodyTypes.contains(bodyType);
    }
}
