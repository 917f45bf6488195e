-- Bodies (cơ quan, đơn vị) of each unit and the people holding positions in them. Later modules assign
-- criteria, tasks and approvals to these bodies and people, so this is the one place they are defined.

create table body_type (
    code      varchar(40)  primary key,
    level     varchar(10)  not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE')),
    name_vi   varchar(200) not null,
    name_en   varchar(200) not null,
    standard  boolean      not null default false,
    sort      integer      not null
);

insert into body_type (code, level, name_vi, name_en, standard, sort) values
    ('DANG_UY_XA', 'COMMUNE', 'Đảng ủy xã', 'Commune Party Committee', true, 10),
    ('HDND_XA', 'COMMUNE', 'Hội đồng nhân dân xã', 'Commune People''s Council', true, 20),
    ('UBND_XA', 'COMMUNE', 'Ủy ban nhân dân xã', 'Commune People''s Committee', true, 30),
    ('MTTQ_XA', 'COMMUNE', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'Commune Fatherland Front Committee', true, 40),
    ('HOI_NONG_DAN_XA', 'COMMUNE', 'Hội Nông dân xã', 'Commune Farmers'' Union', true, 50),
    ('HOI_PHU_NU_XA', 'COMMUNE', 'Hội Liên hiệp Phụ nữ xã', 'Commune Women''s Union', true, 51),
    ('DOAN_THANH_NIEN_XA', 'COMMUNE', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã', 'Commune Youth Union', true, 52),
    ('HOI_CUU_CHIEN_BINH_XA', 'COMMUNE', 'Hội Cựu chiến binh xã', 'Commune Veterans'' Association', true, 53),
    ('BAN_CHI_DAO_NTM_XA', 'COMMUNE', 'Ban Chỉ đạo xây dựng nông thôn mới xã', 'Commune NTM Steering Committee', true, 60),
    ('CC_DIA_CHINH_XAY_DUNG', 'COMMUNE', 'Công chức Địa chính - Xây dựng', 'Land administration and construction officer', true, 70),
    ('CC_VAN_HOA_XA_HOI', 'COMMUNE', 'Công chức Văn hóa - Xã hội', 'Culture and social affairs officer', true, 71),
    ('CC_TU_PHAP_HO_TICH', 'COMMUNE', 'Công chức Tư pháp - Hộ tịch', 'Justice and civil registry officer', true, 72),
    ('CC_TAI_CHINH_KE_TOAN', 'COMMUNE', 'Công chức Tài chính - Kế toán', 'Finance and accounting officer', true, 73),
    ('CC_VAN_PHONG_THONG_KE', 'COMMUNE', 'Công chức Văn phòng - Thống kê', 'Office and statistics officer', true, 74),
    ('PHONG_KINH_TE_XA', 'COMMUNE', 'Phòng Kinh tế xã', 'Commune Economic Division', false, 75),
    ('PHONG_VAN_HOA_XA_HOI_XA', 'COMMUNE', 'Phòng Văn hóa - Xã hội xã', 'Commune Culture and Social Affairs Division', false, 76),
    ('TRUONG_HOC', 'COMMUNE', 'Trường học', 'School', false, 80),
    ('TRAM_Y_TE', 'COMMUNE', 'Trạm Y tế xã', 'Commune health station', true, 81),
    ('CONG_AN_XA', 'COMMUNE', 'Công an xã', 'Commune police', true, 82),
    ('BCH_QUAN_SU_XA', 'COMMUNE', 'Ban Chỉ huy Quân sự xã', 'Commune military command', true, 83),
    ('BAN_PHAT_TRIEN_THON', 'VILLAGE', 'Ban phát triển thôn', 'Village development board', true, 90),
    ('UBND_HUYEN', 'DISTRICT', 'Ủy ban nhân dân huyện', 'District People''s Committee', true, 200),
    ('PHONG_NN_PTNT_HUYEN', 'DISTRICT', 'Phòng Nông nghiệp và Phát triển nông thôn huyện', 'District Agriculture and Rural Development Division', true, 210),
    ('PHONG_CHUYEN_MON_HUYEN', 'DISTRICT', 'Phòng chuyên môn huyện', 'District specialist division', false, 220),
    ('UBND_TINH', 'PROVINCE', 'Ủy ban nhân dân tỉnh', 'Provincial People''s Committee', true, 300),
    ('VP_DIEU_PHOI_NTM_TINH', 'PROVINCE', 'Văn phòng Điều phối nông thôn mới tỉnh', 'Provincial NTM Coordination Office', true, 310),
    ('SO_NONG_NGHIEP_MOI_TRUONG', 'PROVINCE', 'Sở Nông nghiệp và Môi trường', 'Department of Agriculture and Environment', true, 320),
    ('SO_XAY_DUNG', 'PROVINCE', 'Sở Xây dựng', 'Department of Construction', true, 321),
    ('SO_CONG_THUONG', 'PROVINCE', 'Sở Công Thương', 'Department of Industry and Trade', true, 322),
    ('SO_GIAO_DUC_DAO_TAO', 'PROVINCE', 'Sở Giáo dục và Đào tạo', 'Department of Education and Training', true, 323),
    ('SO_Y_TE', 'PROVINCE', 'Sở Y tế', 'Department of Health', true, 324),
    ('SO_VAN_HOA_THE_THAO_DU_LICH', 'PROVINCE', 'Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism', true, 325),
    ('SO_KHOA_HOC_CONG_NGHE', 'PROVINCE', 'Sở Khoa học và Công nghệ', 'Department of Science and Technology', true, 326),
    ('SO_TAI_CHINH', 'PROVINCE', 'Sở Tài chính', 'Department of Finance', true, 327),
    ('SO_NOI_VU', 'PROVINCE', 'Sở Nội vụ', 'Department of Home Affairs', true, 328),
    ('SO_TU_PHAP', 'PROVINCE', 'Sở Tư pháp', 'Department of Justice', true, 329),
    ('CONG_AN_TINH', 'PROVINCE', 'Công an tỉnh', 'Provincial Police', true, 330),
    ('BCH_QUAN_SU_TINH', 'PROVINCE', 'Bộ Chỉ huy Quân sự tỉnh', 'Provincial Military Command', true, 331),
    ('CO_QUAN_KHAC', 'PROVINCE', 'Cơ quan, đơn vị khác', 'Other body', false, 900);

create table body (
    id              bigserial    primary key,
    unit_id         bigint       not null references admin_unit (id),
    body_type       varchar(40)  not null references body_type (code),
    name            varchar(300) not null,
    search_name     varchar(300) not null,
    parent_body_id  bigint       references body (id),
    active          boolean      not null default true,
    demo            boolean      not null default false,
    version         integer      not null default 0,
    created_at      timestamptz  not null default now(),
    unique (unit_id, search_name)
);
create index body_unit_idx on body (unit_id);

create table person (
    id           bigserial    primary key,
    full_name    varchar(200) not null,
    search_name  varchar(200) not null,
    email        varchar(200),
    phone        varchar(30),
    unit_id      bigint       not null references admin_unit (id),
    demo         boolean      not null default false,
    version      integer      not null default 0,
    created_at   timestamptz  not null default now()
);
create index person_unit_idx on person (unit_id);
create unique index person_email_idx on person (lower(email)) where email is not null;

-- A person holds a position (chức vụ) in a body for a period.
create table person_position (
    id          bigserial    primary key,
    person_id   bigint       not null references person (id),
    body_id     bigint       not null references body (id),
    title       varchar(200) not null,
    valid_from  date         not null,
    valid_to    date,
    version     integer      not null default 0,
    check (valid_to is null or valid_to > valid_from)
);
create index person_position_person_idx on person_position (person_id);
create index person_position_body_idx on person_position (body_id);
