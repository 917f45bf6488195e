-- The Party's bodies beside the Đảng ủy xã of V2, and the positions (chức vụ) that sign documents (issue 12).
-- Official documents are issued by these bodies and signed by the holders of these positions
-- (document-layout.md §6-7); the free title of a position stays what people read.

-- An office (văn phòng) is the body whose staff (the văn thư) issue the documents of the body it serves, its
-- parent body, and of that body's organs: the Văn phòng Đảng ủy for the Đảng ủy, its Ban Thường vụ and Ban Chấp
-- hành; the commune's Văn phòng - Thống kê civil servant for the Ủy ban nhân dân xã. Read by
-- Permissions.mayIssueDocuments (condition OWN_BODY). Which types are offices is a decision of issue 12, not a
-- legal rule: change the flag here, or in the table, if a province organises its offices otherwise.
alter table body_type add column office boolean not null default false;

-- A body led by the leaders of its parent body: a Ban Thường vụ and a Ban Chấp hành are organs of the Đảng ủy, whose
-- Bí thư and Phó Bí thư lead them and sign T/M BAN THƯỜNG VỤ (seeds 000, 001); a chi bộ under the Đảng ủy has its
-- own Bí thư. Read by PeopleDirectory.signers.
alter table body_type add column parent_leaders_sign boolean not null default false;

insert into body_type (code, level, name_vi, name_en, standard, sort, office) values
    ('BCH_DANG_BO_XA', 'COMMUNE', 'Ban Chấp hành Đảng bộ xã', 'Executive Committee of the Commune Party Organisation', true, 11, false),
    ('BTV_DANG_UY_XA', 'COMMUNE', 'Ban Thường vụ Đảng ủy xã', 'Standing Committee of the Commune Party Committee', true, 12, false),
    ('VP_DANG_UY_XA', 'COMMUNE', 'Văn phòng Đảng ủy xã', 'Office of the Commune Party Committee', true, 13, true),
    ('CHI_BO_CO_QUAN', 'COMMUNE', 'Chi bộ cơ quan', 'Party cell of a commune body', false, 14, false),
    ('CHI_BO', 'VILLAGE', 'Chi bộ thôn', 'Village Party cell', true, 89, false),
    -- District and province committees: recipients of commune documents ("Thường trực Huyện ủy", seed 003;
    -- "TT Thành ủy", seed 001); districts existed until 30/6/2025, so the district ones are for history.
    ('HUYEN_UY', 'DISTRICT', 'Huyện ủy', 'District Party Committee', true, 190, false),
    ('BTV_HUYEN_UY', 'DISTRICT', 'Ban Thường vụ Huyện ủy', 'Standing Committee of the District Party Committee', true, 191, false),
    ('TINH_UY', 'PROVINCE', 'Tỉnh ủy, Thành ủy', 'Provincial (or City) Party Committee', true, 290, false),
    ('BTV_TINH_UY', 'PROVINCE', 'Ban Thường vụ Tỉnh ủy, Thành ủy', 'Standing Committee of the Provincial (or City) Party Committee', true, 291, false);

update body_type set office = true where code = 'CC_VAN_PHONG_THONG_KE';
update body_type set parent_leaders_sign = true
where code in ('BCH_DANG_BO_XA', 'BTV_DANG_UY_XA', 'BTV_HUYEN_UY', 'BTV_TINH_UY');

-- The positions a body's people hold, with whether a holder signs documents (appears in a signing block): the head
-- signs for the collective (TM. / T/M), a deputy for the head (KT.) or, in a Party committee, for the collective
-- (T/M; Party committees use no K/T), a chief of office by order (TL. / T/L) (document-layout.md §6: NĐ 30 primary,
-- the Party rules from HD 36 via secondary sources). Whether one person may sign one document is the body's own
-- working rules (quy chế làm việc), which the product does not know: it offers the signers, people choose.
create table position_type (
    code     varchar(40)  primary key,
    name_vi  varchar(200) not null,
    name_en  varchar(200) not null,
    signs    boolean      not null,
    sort     integer      not null
);

-- The body types a position exists in (a Chủ tịch is of an Ủy ban nhân dân, a Hội đồng nhân dân, a mass
-- organisation; a Bí thư of a Đảng ủy, a chi bộ, the Youth Union).
create table position_body_type (
    position_code  varchar(40) not null references position_type (code),
    body_type      varchar(40) not null references body_type (code),
    primary key (position_code, body_type)
);

insert into position_type (code, name_vi, name_en, signs, sort) values
    ('BI_THU', 'Bí thư', 'Secretary', true, 10),
    ('PHO_BI_THU_THUONG_TRUC', 'Phó Bí thư Thường trực', 'Standing Deputy Secretary', true, 20),
    ('PHO_BI_THU', 'Phó Bí thư', 'Deputy Secretary', true, 30),
    ('UY_VIEN_BAN_THUONG_VU', 'Ủy viên Ban Thường vụ', 'Standing Committee member', false, 40),
    ('UY_VIEN_BAN_CHAP_HANH', 'Ủy viên Ban Chấp hành', 'Executive Committee member', false, 50),
    ('CHU_TICH', 'Chủ tịch', 'Chairperson', true, 60),
    ('PHO_CHU_TICH', 'Phó Chủ tịch', 'Vice-chairperson', true, 70),
    ('GIAM_DOC', 'Giám đốc', 'Director', true, 80),
    ('PHO_GIAM_DOC', 'Phó Giám đốc', 'Deputy Director', true, 90),
    ('TRUONG_BAN', 'Trưởng ban', 'Head of the board', true, 100),
    ('PHO_TRUONG_BAN', 'Phó Trưởng ban', 'Deputy head of the board', true, 110),
    ('TRUONG_PHONG', 'Trưởng phòng', 'Head of division', true, 120),
    ('PHO_TRUONG_PHONG', 'Phó Trưởng phòng', 'Deputy head of division', true, 130),
    ('CHANH_VAN_PHONG', 'Chánh Văn phòng', 'Chief of Office', true, 140),
    ('PHO_CHANH_VAN_PHONG', 'Phó Chánh Văn phòng', 'Deputy Chief of Office', true, 150),
    ('VAN_THU', 'Văn thư', 'Records clerk', false, 160);

insert into position_body_type (position_code, body_type)
select p.code, t.code
from (values
        ('BI_THU', array['DANG_UY_XA', 'BCH_DANG_BO_XA', 'BTV_DANG_UY_XA', 'CHI_BO', 'CHI_BO_CO_QUAN', 'HUYEN_UY',
                         'BTV_HUYEN_UY', 'TINH_UY', 'BTV_TINH_UY', 'DOAN_THANH_NIEN_XA']),
        ('PHO_BI_THU_THUONG_TRUC', array['DANG_UY_XA', 'BCH_DANG_BO_XA', 'BTV_DANG_UY_XA', 'HUYEN_UY', 'BTV_HUYEN_UY',
                                         'TINH_UY', 'BTV_TINH_UY']),
        ('PHO_BI_THU', array['DANG_UY_XA', 'BCH_DANG_BO_XA', 'BTV_DANG_UY_XA', 'CHI_BO', 'CHI_BO_CO_QUAN', 'HUYEN_UY',
                             'BTV_HUYEN_UY', 'TINH_UY', 'BTV_TINH_UY', 'DOAN_THANH_NIEN_XA']),
        ('UY_VIEN_BAN_THUONG_VU', array['DANG_UY_XA', 'BTV_DANG_UY_XA', 'HUYEN_UY', 'BTV_HUYEN_UY', 'TINH_UY',
                                        'BTV_TINH_UY']),
        ('UY_VIEN_BAN_CHAP_HANH', array['DANG_UY_XA', 'BCH_DANG_BO_XA', 'HUYEN_UY', 'TINH_UY']),
        ('CHU_TICH', array['UBND_XA', 'HDND_XA', 'MTTQ_XA', 'HOI_NONG_DAN_XA', 'HOI_PHU_NU_XA',
                           'HOI_CUU_CHIEN_BINH_XA', 'UBND_HUYEN', 'UBND_TINH']),
        ('PHO_CHU_TICH', array['UBND_XA', 'HDND_XA', 'MTTQ_XA', 'HOI_NONG_DAN_XA', 'HOI_PHU_NU_XA',
                               'HOI_CUU_CHIEN_BINH_XA', 'UBND_HUYEN', 'UBND_TINH']),
        ('GIAM_DOC', array['SO_NONG_NGHIEP_MOI_TRUONG', 'SO_XAY_DUNG', 'SO_CONG_THUONG', 'SO_GIAO_DUC_DAO_TAO',
                           'SO_Y_TE', 'SO_VAN_HOA_THE_THAO_DU_LICH', 'SO_KHOA_HOC_CONG_NGHE', 'SO_TAI_CHINH',
                           'SO_NOI_VU', 'SO_TU_PHAP', 'CONG_AN_TINH']),
        ('PHO_GIAM_DOC', array['SO_NONG_NGHIEP_MOI_TRUONG', 'SO_XAY_DUNG', 'SO_CONG_THUONG', 'SO_GIAO_DUC_DAO_TAO',
                               'SO_Y_TE', 'SO_VAN_HOA_THE_THAO_DU_LICH', 'SO_KHOA_HOC_CONG_NGHE', 'SO_TAI_CHINH',
                               'SO_NOI_VU', 'SO_TU_PHAP', 'CONG_AN_TINH']),
        ('TRUONG_BAN', array['BAN_CHI_DAO_NTM_XA', 'BAN_PHAT_TRIEN_THON']),
        ('PHO_TRUONG_BAN', array['BAN_CHI_DAO_NTM_XA', 'BAN_PHAT_TRIEN_THON']),
        ('TRUONG_PHONG', array['PHONG_KINH_TE_XA', 'PHONG_VAN_HOA_XA_HOI_XA', 'PHONG_NN_PTNT_HUYEN',
                               'PHONG_CHUYEN_MON_HUYEN']),
        ('PHO_TRUONG_PHONG', array['PHONG_KINH_TE_XA', 'PHONG_VAN_HOA_XA_HOI_XA', 'PHONG_NN_PTNT_HUYEN',
                                   'PHONG_CHUYEN_MON_HUYEN']),
        ('CHANH_VAN_PHONG', array['VP_DANG_UY_XA', 'VP_DIEU_PHOI_NTM_TINH']),
        ('PHO_CHANH_VAN_PHONG', array['VP_DANG_UY_XA', 'VP_DIEU_PHOI_NTM_TINH']),
        ('VAN_THU', array['VP_DANG_UY_XA', 'CC_VAN_PHONG_THONG_KE', 'UBND_XA', 'UBND_HUYEN', 'UBND_TINH'])
    ) as p (code, types)
cross join lateral unnest(p.types) as t (code);

-- The position's code, when the position is one of the list above; the free title stays (it is what people read:
-- "Bí thư Đảng ủy xã", "Chủ tịch UBND xã").
alter table person_position add column position_code varchar(40) references position_type (code);
create index person_position_code_idx on person_position (body_id, position_code) where position_code is not null;
