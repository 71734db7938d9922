#!/usr/bin/env python3
"""Writes 002-district11-plan.sql: the District 11 S&T plan 2016-2020 from shared/seed/README.md.

The changelog is generated once and committed; rerun only to change the seed before it ships
(a changeset that has run must never change). Usage: python3 generate_district11.py > ../changelog/002-district11-plan.sql
"""
import pathlib

TS = "'2015-11-25 11:05:00'"  # the day the plan was published


def q(s):
    return "NULL" if s is None else "'" + s.replace("'", "''") + "'"


def b(v):
    return "TRUE" if v else "FALSE"


UNITS = [("D11", "Quận 11", "District 11", "DISTRICT", None)]
UNITS += [(f"P{n:02d}", f"Phường {n}", f"Ward {n}", "WARD", "D11") for n in range(1, 17)]
UNITS += [
    ("PKT", "Phòng Kinh tế", "Economic Office", "AGENCY", "D11"),
    ("PNV", "Phòng Nội vụ", "Home Affairs Office", "AGENCY", "D11"),
    ("PGDDT", "Phòng Giáo dục và Đào tạo", "Education & Training Office", "AGENCY", "D11"),
    ("VPUB", "Văn phòng HĐND và UBND quận", "Office of the People's Council and Committee", "AGENCY", "D11"),
    ("PTCKH", "Phòng Tài chính - Kế hoạch", "Finance & Planning Office", "AGENCY", "D11"),
    ("PVHTT", "Phòng Văn hóa và Thông tin", "Culture & Information Office", "AGENCY", "D11"),
    ("TTYT", "Trung tâm Y tế quận 11", "District 11 Health Centre", "PUBLIC_SERVICE_UNIT", "D11"),
    ("TTVHTT", "Trung tâm Văn hóa - Thể thao quận 11", "District 11 Culture & Sports Centre", "PUBLIC_SERVICE_UNIT", "D11"),
    ("BQLDA", "Ban Quản lý dự án đầu tư xây dựng khu vực quận 11", "District 11 Construction Project Management Board", "PUBLIC_SERVICE_UNIT", "D11"),
    ("TTGDNN", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên quận 11", "District 11 Vocational & Continuing Education Centre", "PUBLIC_SERVICE_UNIT", "D11"),
]
SCHOOLS = [
    ("THCS-LUGIA", "Trường THCS Lữ Gia", "Lu Gia Lower-Secondary School"),
    ("THCS-HAUGIANG", "Trường THCS Hậu Giang", "Hau Giang Lower-Secondary School"),
    ("THCS-LEANHXUAN", "Trường THCS Lê Anh Xuân", "Le Anh Xuan Lower-Secondary School"),
    ("THCS-PHUTHO", "Trường THCS Phú Thọ", "Phu Tho Lower-Secondary School"),
    ("THCS-CHUVANAN", "Trường THCS Chu Văn An", "Chu Van An Lower-Secondary School"),
    ("THCS-NGUYENVANPHU", "Trường THCS Nguyễn Văn Phú", "Nguyen Van Phu Lower-Secondary School"),
    ("THCS-NGUYENMINHHOANG", "Trường THCS Nguyễn Minh Hoàng", "Nguyen Minh Hoang Lower-Secondary School"),
    ("THCS-LEQUYDON", "Trường THCS Lê Quý Đôn", "Le Quy Don Lower-Secondary School"),
    ("THPT-NGUYENHIEN", "Trường THPT Nguyễn Hiền", "Nguyen Hien Upper-Secondary School"),
    ("THPT-TRANQUANGKHAI", "Trường THPT Trần Quang Khải", "Tran Quang Khai Upper-Secondary School"),
    ("THPT-NAMKYKHOINGHIA", "Trường THPT Nam Kỳ Khởi Nghĩa", "Nam Ky Khoi Nghia Upper-Secondary School"),
]
UNITS += [(c, vi, en, "SCHOOL", "PGDDT") for c, vi, en in SCHOOLS]

PLAN = "D11-STI-2016-2020"

# code, vi, en, unit vi, unit en, kind, items, item flag vi/en, ratio parts (code, vi, en) x2, unit types, units
INDICATORS = [
    ("ECON_OFFICER_TRAINING", "Cán bộ phụ trách kinh tế phường được bồi dưỡng về quản lý nhà nước KH&CN",
     "Ward economic officers trained in S&T state management", "người", "people", "RATIO", False, None, None,
     ("ECON_OFFICER_TRAINED", "Số cán bộ phụ trách kinh tế đã được bồi dưỡng", "Economic officers trained"),
     ("ECON_OFFICER_TOTAL", "Tổng số cán bộ phụ trách kinh tế", "Economic officers in post"),
     ["WARD"], []),
    ("CIVIL_SERVANT_TRAINING", "Cán bộ, công chức được bồi dưỡng kiến thức KH&CN",
     "Civil servants trained in S&T knowledge", "người", "people", "RATIO", False, None, None,
     ("CIVIL_SERVANT_TRAINED", "Số cán bộ, công chức đã được bồi dưỡng", "Civil servants trained"),
     ("CIVIL_SERVANT_TOTAL", "Tổng số cán bộ, công chức", "Civil servants in post"),
     ["AGENCY", "WARD"], []),
    ("STI_DATABASE", "Phường có cơ sở dữ liệu thống kê về KH&CN",
     "Ward has an S&T statistics database", "có/không", "yes/no", "BOOLEAN", False, None, None, None, None,
     ["WARD"], []),
    ("STI_APPLICATION_MODELS", "Mô hình, công trình ứng dụng KH&CN hiệu quả trong năm",
     "Effective S&T application models this year", "mô hình", "models", "COUNT", True,
     "Ứng dụng CNTT vào giải quyết thủ tục hành chính", "IT applied to administrative procedures", None, None,
     ["WARD", "PUBLIC_SERVICE_UNIT"], []),
    ("ENTERPRISES_SUPPORTED", "Tổ chức, doanh nghiệp được hỗ trợ ứng dụng tiến bộ KH&CN trong năm",
     "Organisations and enterprises supported to apply S&T this year", "địa chỉ", "organisations", "COUNT", True,
     None, None, None, None, ["AGENCY"], ["PKT"]),
    ("CREATIVE_MOVEMENT", "Đơn vị tổ chức phong trào lao động sáng tạo, phát huy sáng kiến trong năm",
     "Unit ran a creative-labour and initiative movement this year", "có/không", "yes/no", "BOOLEAN", False,
     None, None, None, None, ["AGENCY", "PUBLIC_SERVICE_UNIT", "WARD"], []),
    ("IMPROVEMENT_INITIATIVES", "Số sáng kiến cải tiến được công nhận trong năm",
     "Improvement initiatives recognised this year", "sáng kiến", "initiatives", "COUNT", False, None, None,
     None, None, ["AGENCY", "PUBLIC_SERVICE_UNIT", "WARD"], []),
    ("CREATIVITY_CLUB", "Trường có Câu lạc bộ sáng tạo hoặc tổ chức hoạt động sáng tạo trong năm",
     "School has a creativity club or ran creative activities this year", "có/không", "yes/no", "BOOLEAN", False,
     None, None, None, None, ["SCHOOL"], []),
]

# code, indicator, vi, en, aggregation, unit threshold, threshold, timing, due year
TARGETS = [
    ("T1A", "ECON_OFFICER_TRAINING",
     "100% cán bộ phụ trách kinh tế phường được bồi dưỡng chuyên môn nghiệp vụ, kỹ năng quản lý nhà nước về KH&CN",
     "100% of ward officials in charge of the economy trained in S&T state management skills",
     "RATIO_OF_SUMS", None, "100", "BY_YEAR", 2020),
    ("T1B", "CIVIL_SERVANT_TRAINING",
     "50% cán bộ công chức trên địa bàn được bồi dưỡng kiến thức liên quan đến các lĩnh vực KH&CN",
     "50% of the district's civil servants trained in S&T knowledge",
     "RATIO_OF_SUMS", None, "50", "BY_YEAR", 2020),
    ("T2", "STI_DATABASE",
     "100% phường có cơ sở dữ liệu thống kê về lĩnh vực KH&CN",
     "100% of wards have a statistical database on S&T",
     "SHARE_OF_UNITS_MEETING", "1", "100", "BY_YEAR", 2020),
    ("T3", "STI_APPLICATION_MODELS",
     "Hàng năm, mỗi phường, cơ quan đơn vị sự nghiệp có ít nhất 01 mô hình, công trình ứng dụng KH&CN hiệu quả",
     "Every year, each ward and public service unit has at least 1 effective S&T application model",
     "SHARE_OF_UNITS_MEETING", "1", "100", "EVERY_YEAR", None),
    ("T4", "ENTERPRISES_SUPPORTED",
     "Hàng năm, quận có ít nhất 3 tổ chức, doanh nghiệp, đơn vị kinh tế được hỗ trợ ứng dụng tiến bộ KH&CN",
     "Every year, the district supports at least 3 organisations or enterprises in applying S&T",
     "SUM", None, "3", "EVERY_YEAR", None),
    ("T5", "CREATIVE_MOVEMENT",
     "100% cơ quan, đơn vị sự nghiệp và 16 phường tổ chức phong trào lao động sáng tạo hàng năm",
     "100% of agencies, public service units and the 16 wards run a creative-labour movement every year",
     "SHARE_OF_UNITS_MEETING", "1", "100", "EVERY_YEAR", None),
    ("T6", "CREATIVITY_CLUB",
     "Đến năm 2020, 100% trường THCS trở lên có Câu lạc bộ sáng tạo hoặc tổ chức hoạt động sáng tạo hàng năm",
     "By 2020, 100% of lower-secondary schools and above have a creativity club or yearly creative activities",
     "SHARE_OF_UNITS_MEETING", "1", "100", "BY_YEAR", 2020),
]


def source_text():
    page = pathlib.Path(__file__).resolve().parents[6] / "docs/source-page-2015-11-25.txt"
    text = page.read_text(encoding="utf-8")
    start = text.index("Kế hoạch hoạt động khoa học")
    end = text.index("Số lượt người xem")
    return text[start:end].strip()


def main():
    out = ["--liquibase formatted sql", "",
           "-- Generated by db/seed/generate_district11.py from shared/seed/README.md; do not edit by hand.", "",
           "--changeset planmonitor:002-district11-units"]
    for code, vi, en, typ, parent in UNITS:
        if parent is None:
            out.append(f"INSERT INTO org_unit (code, name_vi, name_en, unit_type, parent_id, active, created_at, updated_at, version) "
                       f"VALUES ({q(code)}, {q(vi)}, {q(en)}, {q(typ)}, NULL, TRUE, {TS}, {TS}, 0);")
        else:
            out.append(f"INSERT INTO org_unit (code, name_vi, name_en, unit_type, parent_id, active, created_at, updated_at, version) "
                       f"SELECT {q(code)}, {q(vi)}, {q(en)}, {q(typ)}, p.id, TRUE, {TS}, {TS}, 0 FROM org_unit p WHERE p.code = {q(parent)};")
    out += ["", "--changeset planmonitor:002-district11-plan"]
    out.append("INSERT INTO plan (code, title_vi, title_en, first_year, last_year, issuing_body_vi, issuing_body_en, "
               "source_url, source_text, report_deadline_days, created_at, updated_at, version) VALUES ("
               f"{q(PLAN)}, {q('Kế hoạch hoạt động khoa học, công nghệ và đổi mới sáng tạo giai đoạn 2016 – 2020 trên địa bàn quận 11')}, "
               f"{q('Science, technology and innovation plan 2016–2020 of District 11')}, 2016, 2020, "
               f"{q('Ủy ban nhân dân quận 11')}, {q('People’s Committee of District 11')}, NULL, {q(source_text())}, 31, {TS}, {TS}, 0);")
    out += ["", "--changeset planmonitor:002-district11-indicators"]
    for (code, vi, en, uvi, uen, kind, items, fvi, fen, num, den, types, units) in INDICATORS:
        out.append("INSERT INTO indicator (plan_id, code, name_vi, name_en, unit_vi, unit_en, period_type, value_kind, items_required, "
                   "item_flag_vi, item_flag_en, numerator_code, numerator_vi, numerator_en, denominator_code, denominator_vi, denominator_en, "
                   "active, created_at, updated_at, version) SELECT p.id, "
                   f"{q(code)}, {q(vi)}, {q(en)}, {q(uvi)}, {q(uen)}, 'YEARLY', {q(kind)}, {b(items)}, {q(fvi)}, {q(fen)}, "
                   f"{q(num and num[0])}, {q(num and num[1])}, {q(num and num[2])}, {q(den and den[0])}, {q(den and den[1])}, {q(den and den[2])}, "
                   f"TRUE, {TS}, {TS}, 0 FROM plan p WHERE p.code = {q(PLAN)};")
        for t in types:
            out.append(f"INSERT INTO indicator_unit_type (indicator_id, unit_type) SELECT i.id, {q(t)} FROM indicator i WHERE i.code = {q(code)};")
        for u in units:
            out.append(f"INSERT INTO indicator_reporting_unit (indicator_id, org_unit_id) SELECT i.id, u.id FROM indicator i, org_unit u "
                       f"WHERE i.code = {q(code)} AND u.code = {q(u)};")
    out += ["", "--changeset planmonitor:002-district11-targets"]
    for order, (code, ind, vi, en, agg, unit_thr, thr, timing, due) in enumerate(TARGETS, start=1):
        out.append("INSERT INTO plan_target (plan_id, indicator_id, code, statement_vi, statement_en, aggregation, unit_threshold, threshold, "
                   "timing, due_year, sort_order, created_at, updated_at, version) SELECT p.id, i.id, "
                   f"{q(code)}, {q(vi)}, {q(en)}, {q(agg)}, {unit_thr or 'NULL'}, {thr}, {q(timing)}, {due or 'NULL'}, {order}, {TS}, {TS}, 0 "
                   f"FROM plan p, indicator i WHERE p.code = {q(PLAN)} AND i.code = {q(ind)};")
    print("\n".join(out))


if __name__ == "__main__":
    main()
