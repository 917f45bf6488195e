#!/usr/bin/env python3
"""Writes the product's shipped criteria sets (src/main/resources/catalog/*.json) from the reference files in
../shared/data/criteria. Run by hand when the reference changes; the application never reads the reference.

Only sourced thresholds are written. Wording and thresholds the reference marks unverified stay unverified.
Indicator 15.3 is written as a ceiling (<=) although the source prints >= (see the reference's note).
Owner body types are the product's suggestion (not a legal fact) and are marked so in the set's note.

A threshold's `source` is the reference's `citation`: what a user reads beside the threshold (document, article,
date). An address is added to it only when it is an official government text (OFFICIAL_HOSTS); the product shows
such an address as a link and never shows any other. The research trail (the addresses actually read, mirrors,
notes in English) goes to the indicator's `research_note`, which stays in the file for maintainers and is never
loaded into the database nor shown.
"""
import json, pathlib, sys, urllib.parse, yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
# ../shared/data/criteria beside the project; another place (a worktree) as the first argument
REF = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "criteria"
OUT = ROOT / "src" / "main" / "resources" / "catalog"

# Suggested owning body (province department) per criterion; null where no department is obviously the owner.
OWNERS_2021 = {1: "SO_XAY_DUNG", 2: "SO_XAY_DUNG", 3: "SO_NONG_NGHIEP_MOI_TRUONG", 4: "SO_CONG_THUONG",
               5: "SO_GIAO_DUC_DAO_TAO", 6: "SO_VAN_HOA_THE_THAO_DU_LICH", 7: "SO_CONG_THUONG", 9: "SO_XAY_DUNG",
               13: "SO_NONG_NGHIEP_MOI_TRUONG", 14: "SO_GIAO_DUC_DAO_TAO", 15: "SO_Y_TE",
               16: "SO_VAN_HOA_THE_THAO_DU_LICH", 17: "SO_NONG_NGHIEP_MOI_TRUONG", 18: "SO_NOI_VU"}
COMPARISONS = {">=": "GE", ">": "GT", "<=": "LE", "<": "LT"}
# Official publication portals: the Government's legal documents, the Official Gazette, ministries and provinces.
OFFICIAL_HOSTS = ("chinhphu.vn", "gov.vn")
CITATION_318 = "QĐ 318/QĐ-TTg ngày 08/3/2022, Phụ lục I"
OWNER_NOTE = ("Cơ quan phụ trách từng tiêu chí là gợi ý của sản phẩm, chưa đối chiếu quyết định phân công của tỉnh; "
              "quản trị viên sửa trong tệp bộ tiêu chí.")


def is_official(address):
    host = urllib.parse.urlparse(address).hostname or ""
    return any(host == h or host.endswith("." + h) for h in OFFICIAL_HOSTS)


def citation(item, source):
    """What a user reads: the reference's citation, with the address only when it is an official text."""
    text = item.get("citation", CITATION_318)
    return text + "; " + source if source and is_official(source) else text


def indicator(item, sort, source_default):
    kind = "QUALITATIVE" if item["unit"] == "boolean" else "MEASURED"
    comparison = None if kind == "QUALITATIVE" else COMPARISONS[item["comparison"]]
    unit = None if kind == "QUALITATIVE" else item["unit"]
    thresholds = []
    raw = item.get("thresholds")
    source = item.get("source", source_default)
    if isinstance(raw, dict) and kind == "MEASURED":
        for key, value in raw.items():
            if isinstance(value, (int, float)):
                thresholds.append({"key": "*" if key in ("all_regions", "general") else key, "year": None,
                                   "value": str(value), "source": citation(item, source), "verified": True})
    verified_text = item.get("text_status", item.get("status")) == "verified"
    # the product's own note, in Vietnamese, may be read by users; everything researched stays in research_note
    note = None
    if "comparison_as_stated" in item:
        note = ("Nguồn in dấu '" + item["comparison_as_stated"] + "'; sản phẩm áp dụng là ngưỡng tối đa (≤) "
                "vì đây là tỷ lệ cần giảm.")
    research = [n for n in (item.get("note"), item.get("threshold_note"), item.get("threshold_structure")) if n]
    if thresholds:
        research.insert(0, "Nguồn đã đọc: " + source)
    return {"code": item["code"], "text_vi": item["text_vi"], "text_en": None,
            "measure_unit": unit, "kind": kind, "comparison": comparison,
            "min_value": "0" if kind == "MEASURED" else None,
            "max_value": "100" if unit == "%" else None,
            "wording_verified": verified_text, "note": note,
            "research_note": " | ".join(research) if research else None,
            "thresholds": thresholds}


def set_2021():
    ref = yaml.safe_load((REF / "ntm-xa-2021-2025.reference.yaml").read_text(encoding="utf-8"))
    criteria = []
    sort = 0
    for c in ref["criteria"]:
        indicators = []
        for item in c["indicators"]:
            sort += 1
            indicators.append(indicator(item, sort, ref["meta"]["sources"][0]))
        criteria.append({"number": c["number"], "name_vi": c["name_vi"], "name_en": c["name_en"],
                         "owner_body_type": OWNERS_2021.get(c["number"]), "verified": c["status"] == "verified",
                         "indicators": indicators})
    return {
        "format": "ntm-criteria-set/1",
        "code": "NTM-XA-2021-2025",
        "name_vi": "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025",
        "name_en": "National criteria for new-rural communes, 2021-2025",
        "level": "COMMUNE_NTM",
        "period_from": 2021, "period_to": 2025,
        "legal_reference": "Quyết định 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ (Phụ lục I); "
                           "sửa đổi bởi Quyết định 211/QĐ-TTg ngày 01/3/2024 (các chỉ tiêu được sửa chưa xác minh)",
        "keying": "REGION",
        "especially_difficult_key": "TDMNPB",
        "declared_criteria": 19, "declared_indicators": 57,
        "verified": False,
        "note": "Tên 19 tiêu chí, 7 vùng, quy tắc xã đặc biệt khó khăn và tổng số 57 chỉ tiêu đã xác minh. Phần lớn nội "
                "dung chỉ tiêu và ngưỡng chưa xác minh: chỉ ngưỡng có nguồn được đưa vào (3.1, 15.3, 15.4 vùng TDMNPB "
                "và ĐBSH); các ngưỡng khác do tỉnh cấu hình. " + OWNER_NOTE,
        "buckets": [{"min_met": 19, "max_met": 19, "label_vi": "Đạt 19 tiêu chí", "label_en": "19 criteria"},
                    {"min_met": 15, "max_met": 18, "label_vi": "Đạt 15 - 18 tiêu chí", "label_en": "15-18 criteria"},
                    {"min_met": 10, "max_met": 14, "label_vi": "Đạt 10 - 14 tiêu chí", "label_en": "10-14 criteria"},
                    {"min_met": 0, "max_met": 9, "label_vi": "Dưới 10 tiêu chí", "label_en": "Under 10 criteria"}],
        "criteria": criteria,
    }


def set_2026():
    ref = yaml.safe_load((REF / "ntm-xa-2026-2030.reference.yaml").read_text(encoding="utf-8"))
    return {
        "format": "ntm-criteria-set/1",
        "code": "NTM-XA-2026-2030",
        "name_vi": "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030",
        "name_en": "National criteria for new-rural communes, 2026-2030",
        "level": "COMMUNE_NTM",
        "period_from": 2026, "period_to": 2030,
        "legal_reference": "Quyết định " + ref["decision"] + " ngày 29/12/2025 (hiệu lực 15/02/2026), Phụ lục I",
        "keying": "COMMUNE_GROUP",
        "especially_difficult_key": None,
        "declared_criteria": 10, "declared_indicators": ref["indicator_count"],
        "verified": False,
        "note": "Chỉ có cấu trúc: 10 tiêu chí và 3 nhóm xã. Chưa có nội dung, đơn vị và ngưỡng của 47 chỉ tiêu; quản trị "
                "viên nạp khi có văn bản. Mã nhóm là dữ liệu (dự thảo 7/2025 đánh số ngược lại).",
        "buckets": [{"min_met": 10, "max_met": 10, "label_vi": "Đạt 10 tiêu chí", "label_en": "10 criteria"},
                    {"min_met": 0, "max_met": 9, "label_vi": "Dưới 10 tiêu chí", "label_en": "Under 10 criteria"}],
        "criteria": [{"number": c["number"], "name_vi": c["name_vi"], "name_en": c["name_en"],
                      "owner_body_type": None, "verified": True, "indicators": []} for c in ref["criteria"]],
    }


for data in (set_2021(), set_2026()):
    path = OUT / (data["code"].lower() + ".json")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(path, sum(len(c["indicators"]) for c in data["criteria"]), "indicators")
