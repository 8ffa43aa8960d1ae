package org.stic.examples;

import static org.stic.ActionKind.CERTIFICATION;
import static org.stic.ActionKind.COMMERCIALISATION;
import static org.stic.ActionKind.COORDINATION;
import static org.stic.ActionKind.PROMOTION;
import static org.stic.ActionKind.RD_SUPPORT;
import static org.stic.ActionKind.TECHNOLOGY_TRANSFER;
import static org.stic.ActionKind.TRAINING;
import static org.stic.ChannelKind.DIGITAL_PLATFORM;
import static org.stic.ChannelKind.DIRECT;
import static org.stic.ChannelKind.EVENT;
import static org.stic.CostKind.FIXED;
import static org.stic.CostKind.VARIABLE;
import static org.stic.CostNature.CAPITAL;
import static org.stic.CostNature.OPERATING;
import static org.stic.InteractionDirection.MUTUAL;
import static org.stic.InteractionDirection.ONE_WAY;
import static org.stic.InteractionIntensity.HIGH;
import static org.stic.InteractionIntensity.LOW;
import static org.stic.InteractionIntensity.MEDIUM;
import static org.stic.InteractionKind.COOPERATION;
import static org.stic.InteractionKind.FINANCING;
import static org.stic.InteractionKind.JOINT_RESEARCH;
import static org.stic.InteractionKind.KNOWLEDGE_TRANSFER;
import static org.stic.InteractionKind.SUPPLY;
import static org.stic.Membership.EXTERNAL;
import static org.stic.Membership.MEMBER;
import static org.stic.ParticipantKind.AUTHORITY;
import static org.stic.ParticipantKind.CLUSTER_ORGANISATION;
import static org.stic.ParticipantKind.DEFENCE_INDUSTRY_ENTERPRISE;
import static org.stic.ParticipantKind.DEVELOPMENT_INSTITUTION;
import static org.stic.ParticipantKind.INDUSTRIAL_PARK;
import static org.stic.ParticipantKind.INVESTOR;
import static org.stic.ParticipantKind.LARGE_ENTERPRISE;
import static org.stic.ParticipantKind.OTHER;
import static org.stic.ParticipantKind.RESEARCH_INSTITUTE;
import static org.stic.ParticipantKind.SME;
import static org.stic.ParticipantKind.TECHNOPARK;
import static org.stic.ParticipantKind.UNIVERSITY;
import static org.stic.ParticipantRole.COORDINATOR;
import static org.stic.ParticipantRole.INNOVATION_GENERATOR;
import static org.stic.ParticipantRole.PARTNER;
import static org.stic.ParticipantRole.SUPPLIER;
import static org.stic.QuantityUnit.ORGANISATIONS;
import static org.stic.QuantityUnit.PEOPLE;
import static org.stic.QuantityUnit.PERCENT;
import static org.stic.QuantityUnit.PROJECTS_PER_YEAR;
import static org.stic.QuantityUnit.RUB;
import static org.stic.QuantityUnit.SERVICES_PER_YEAR;
import static org.stic.QuantityUnit.SQUARE_METRES;
import static org.stic.TargetDirection.AT_LEAST;
import static org.stic.examples.ModelBuilder.AVAILABLE;
import static org.stic.examples.ModelBuilder.at;
import static org.stic.examples.ModelBuilder.ill;
import static org.stic.examples.ModelBuilder.note;
import static org.stic.examples.ModelBuilder.once;
import static org.stic.examples.ModelBuilder.perYear;
import static org.stic.examples.ModelBuilder.plannedFrom;
import static org.stic.examples.ModelBuilder.qty;
import static org.stic.examples.ModelBuilder.src;

import java.util.List;

import org.stic.Cluster;
import org.stic.DevelopmentStage;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.PartnershipKind;
import org.stic.Priority;
import org.stic.RelationshipKind;
import org.stic.ResourceKind;
import org.stic.RevenueKind;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.ValueProposition;

/**
 * The example clusters, written through the EMF API. The committed files in org.stic.examples/models are these
 * models saved by SticResources.save; ExamplesTest keeps the two equal (and can rewrite the files, see the README).
 * <p>
 * Facts about named real organisations are public ones, each with its source. What could not be sourced is marked
 * illustrative and its description says so; the gaps each example has on purpose (validation findings, readiness
 * gaps) sit on illustrative elements only. The hand-derived readiness of every need is tabled in the examples README.
 */
final class ExampleModels {

    /** What each example's description and the README promise about its validation findings. */
    static final String KALUGA_FINDINGS = "INT-001 на «Сопровождение регистрации лекарственных средств» (ключевое"
            + " действие без поддерживающего ресурса), NET-003 на «Новый участник — производитель субстанций»"
            + " (участник без взаимодействий)";
    static final String DEFENCE_FINDINGS = "INT-005 на «Исследования гражданских рынков» (ключевой ресурс без"
            + " поставщика), EXT-003 на «Научные организации» (сегмент без канала)";
    static final String STARTER_FINDINGS = "нет";

    /** The README and the cluster descriptions introduce the findings on purpose with these words. */
    static final String FINDINGS_INTRO = "Замечания проверки, заложенные намеренно: ";

    // Sources of the Kaluga example.
    private static final String SEED_KALUGA = "Статья-основа, ссылки 15 и 17: Калужский кластер фармацевтики,"
            + " биомедицины и биотехнологий, Калужский фармацевтический кластер (сайты кластера, 2018)";
    private static final String KALUGA_PROGRAMME = "Постановление Правительства Калужской области от 20.09.2013 № 488"
            + " «О программе развития инновационного кластера «Кластер фармацевтики, биотехнологий и биомедицины» в"
            + " Калужской области», основание — постановление Правительства РФ от 06.03.2013 № 188:"
            + " https://base.garant.ru/16003668/";
    private static final String VADEMECUM_2015 = "Vademecum, 13.04.2015, «Novo Nordisk открыла производство в Калуге»:"
            + " http://vademec.ru/news/detail56395.html";
    private static final String GXP_2013 = "GxP News, 03.2013, «Все предприятия Калужского фармкластера работают по"
            + " GMP»: https://gxpnews.net/2013/03/vse-predpriyatiya-kaluzhskogo-farmklastera-rabotayut-po-gmp";
    private static final String GXP_2014 = "GxP News, 01.2014, «Три направления развития Калужского фармкластера»:"
            + " https://gxpnews.net/2014/01/tri-napravleniya-razvitiya-kaluzhskogo-farmklastera";
    private static final String PRESS_TOUR_2013 = "АРР КО, 12.2013, пресс-тур «Калужский фармацевтический кластер»:"
            + " https://www.iknews.info/index.php/26/687-26";
    private static final String FOUNDERS_2015 = "Пресс-служба STADA CIS, 07.04.2015: председатель правления НП"
            + " «Калужский фармацевтический кластер» и учредители партнёрства (АИР — ЦКР КО, АРР КО, «Мир-Фарм»,"
            + " Berlin-Chemie, «НИАРМЕДИК ПЛЮС», Novo Nordisk, НПК «Медбиофарм», STADA CIS)";
    private static final String ASSOCIATION_2018 = "Pharmapractice, 05.2018, «Развитие международного сотрудничества"
            + " Калужского фармкластера»: http://pharmapractice.ru/147086";
    private static final String AIRKO_2016 = "Pharmapractice, 12.2016, пресс-служба АИРКО о соглашении с"
            + " «МираксБиоФарма» (участок в ОЭЗ «Калуга»): http://pharmapractice.ru/133053";
    private static final String FORUM_2016 = "KP40, 30.11.2016, «Калужская область сделает ставку на ядерную"
            + " медицину»: https://www.kp40.ru/news/society/41025";
    private static final String ASTRAZENECA_2015 = "Калужский фармацевтический кластер, 20.10.2015, «АстраЗенека»"
            + " открыла новый фармацевтический завод в Калужской области:"
            + " https://klgfarma.ru/anews/astrazeneka-otkry-vaet-novy-j-farmatsevticheskij-zavod-v-kaluzhskoj-oblasti;"
            + " https://investkaluga.com/en/media/stories/astrazeneka-indastriz/";
    private static final String NOVAMEDICA = "НИУ ВШЭ, Российская кластерная обсерватория, «Калужский фармацевтический"
            + " кластер наращивает производственные мощности»: https://cluster.hse.ru/news/211142163.html";
    private static final String SKOLKOVO_2011 = "Фонд «Сколково», 19.06.2011, соглашение о создании кластера"
            + " инновационной биофармацевтики «Парк активных молекул»: https://old.sk.ru/foundation/biomed/b/weblog3/"
            + "archive/2011/06/19/na-ii-obninskom-innovacionnom-forume-podpisano-soglashenie-o-sozdanii-v-kaluzhskoy-"
            + "oblasti-klastera-innovacionnoy-biofarmacevtiki-park-aktivnyh-molekul.aspx";
    private static final String KP40_2010 = "KP40, 22.06.2010, «Калужский фармакластер пополняется»:"
            + " https://www.kp40.ru/news/business/16715";
    private static final String COUNCIL = "НИУ ВШЭ, Российская кластерная обсерватория, «Калужский инжиниринговый"
            + " центр — «точка притяжения» фармразработчиков»: https://cluster.hse.ru/news/211438451.html";
    private static final String KARPOV = "Интервью О. Кононова (НИФХИ им. Л.Я. Карпова), 22.12.2016:"
            + " http://ngregion.ru/innovatsii/obninskij-nifkhi-narashchivaet-vypusk-meditsinskikh-izotopov-i-"
            + "materialov-s-radiatsionno-izmenennymi-svojstvami; https://www.atomic-energy.ru/news/2019/07/04/95922";
    private static final String NUCLEAR_CLUSTER = "GMP News, 03.2017, «A nuclear cluster established in the Kaluga"
            + " region»: https://gmpnews.net/2017/03/a-nuclear-cluster-established-in-the-kaluga-region/";
    private static final String INTC = "Калужские новости, 18.01.2023, «Завод радиофармпрепаратов в Обнинске станет"
            + " крупнейшим в Европе» (ИНТЦ «Парк атомных и медицинских технологий»):"
            + " http://kaluga-news.net/economy/2023/01/18/134594.html";
    private static final String MEMBERS_2022 = "REGNUM, 19.07.2022: в фармацевтический кластер Калужской области входят"
            + " 66 предприятий: https://m.ru24.net/moscow/325054417";
    private static final String RESOLUTION_41 = "Постановление Правительства РФ от 28.01.2016 № 41 (субсидии участникам"
            + " промышленных кластеров на возмещение части затрат по совместным проектам); о нём:"
            + " https://cluster.hse.ru/news/211438451.html";
    private static final String MRRC = "МРНЦ им. А.Ф. Цыба — филиал ФГБУ «НМИЦ радиологии» Минздрава России,"
            + " официальный сайт: https://mrrc.nmicr.ru";
    private static final String IATE = "ИАТЭ НИЯУ МИФИ, официальный сайт: https://iate.obninsk.ru";
    private static final String KSU = "КГУ им. К.Э. Циолковского, официальный сайт: https://tksu.ru";

    // Sources of the Voronezh example.
    private static final String SEED_SOZVEZDIE = "Статья-основа, ссылка 13: сайт АО «Концерн «Созвездие»"
            + " (https://www.sozvezdie.su), обращение 30.03.2018";
    private static final String DIVERSIFICATION_CONFERENCE = "АО «Концерн «Созвездие», новости: конференция"
            + " «Диверсификация ОПК в сфере телекоммуникаций и связи», Воронеж, 18 октября (с участием Ростеха,"
            + " холдинга «Росэлектроника», Минпромторга России и правительства Воронежской области):"
            + " http://eng.sozvezdie.su/news/r1_p/jsc_concern_sozvezdie_at_militaryindustrial/";
    private static final String NEW_PLANT = "Машиностроение, 05.06.2024, «ПМЭФ: подписано соглашение о строительстве в"
            + " Воронежской области завода радиоэлектронной аппаратуры за 14 млрд рублей»:"
            + " https://mashnews.ru/pmef-podpisano-soglashenie-o-stroitelstve-v-voronezhskoj-oblasti-zavoda-"
            + "radioelektronnoj-apparaturyi-za-14-mlrd-rublej.html";
    private static final String CIVIL_TARGET = "Статья-основа, ссылки 3 и 4: выступление В.В. Путина на съезде Союза"
            + " машиностроителей России 19.04.2016; Д.А. Медведев: к 2030 году ОПК должен выпускать не менее половины"
            + " гражданской продукции";
    private static final String DEFENCE_PROGRAMME = "Статья-основа, ссылка 5: государственная программа РФ «Развитие"
            + " оборонно-промышленного комплекса» (постановление Правительства РФ от 16.05.2016 № 425-8)";
    private static final String DUAL_USE = "Статья-основа, ссылка 10: Указ Президента РФ от 17.12.2011 № 1661 (список"
            + " товаров и технологий двойного назначения под экспортным контролем)";
    private static final String FRP = "Фонд развития промышленности, официальный сайт: https://frprf.ru";
    private static final String VSU = "ВГУ, официальный сайт: https://www.vsu.ru";
    private static final String VGTU = "ВГТУ, официальный сайт: https://cchgeu.ru";

    /** Illustrative facts that several elements of the examples share. */
    private static final ModelBuilder.Fact CLUSTER_PROPOSITION = ill("ценностное предложение кластера.");
    private static final ModelBuilder.Fact MODEL_SEGMENT = ill("сегмент потребителей кластера, деление на сегменты —"
            + " модельное.");
    private static final ModelBuilder.Fact YEARLY_SUM = ill("сумма в год.");

    private static final String PURPOSE = "Создание универсальных условий для ускоренного инновационного развития"
            + " участников кластера, генерирующих инновации";

    static Cluster kalugaPharma() {
        ModelBuilder m = new ModelBuilder();
        Cluster c = m.cluster;
        c.setName("Калужский фармацевтический кластер");
        c.setSector("Фармацевтика, биомедицина, биотехнологии");
        c.setTerritory("Калужская область");
        c.setSpecialisation("Готовые лекарственные средства, биотехнологические препараты, радиофармпрепараты и"
                + " ядерная медицина");
        c.setPurpose(PURPOSE);
        c.setDevelopmentStage(DevelopmentStage.GROWING);
        c.setModelVersion("пример 2");
        ModelBuilder.apply(c, src(SEED_KALUGA + "; " + KALUGA_PROGRAMME, "Кластер фармацевтики, биотехнологий и"
                + " биомедицины Калужской области, названный в статье-основе (ссылки 15 и 17); пилотный инновационный"
                + " территориальный кластер с программой развития 2013 года. Участники и их роли — по открытым"
                + " источникам, указанным у каждого элемента; всё, что источником не подтверждено (ёмкости, суммы,"
                + " спрос, часть связей), помечено как иллюстративное. Пробелы готовности, заложенные намеренно,"
                + " находятся только на иллюстративных элементах: недостаточный ресурс «Чистые помещения пилотного"
                + " участка», планируемый с 2028 года «Центр трансляционной медицины» и единственный исполнитель"
                + " доклинических исследований. " + FINDINGS_INTRO + KALUGA_FINDINGS + "."));

        // Coordination, authorities and development institutions of the region
        Participant airko = m.participant("Агентство инновационного развития — центр кластерного развития"
                + " Калужской области (АИРКО)", CLUSTER_ORGANISATION, "Калуга", MEMBER, src(GXP_2014 + "; "
                        + AIRKO_2016, "Специализированная организация, координирующая кластер: организует его"
                        + " мероприятия, сопровождает проекты участников и инвесторов."), COORDINATOR);
        Participant association = m.participant("Ассоциация «Калужский фармацевтический кластер»", OTHER,
                "Калужская область", MEMBER, src(ASSOCIATION_2018 + "; " + FORUM_2016, "Некоммерческое"
                        + " партнёрство участников кластера, созданное в 2012 году; с 2014 года — член Европейской"
                        + " платформы кластерного сотрудничества."), PARTNER);
        Participant government = m.participant("Правительство Калужской области", AUTHORITY, "Калуга", MEMBER,
                src(KALUGA_PROGRAMME, "Утвердило программу развития кластера; при губернаторе работает"
                        + " координационный совет по развитию фармацевтического кластера."), PARTNER);
        Participant ministry = m.participant("Министерство экономического развития Калужской области", AUTHORITY,
                "Калуга", MEMBER, src(PRESS_TOUR_2013, "Региональный орган власти, отвечающий за промышленную и"
                        + " инвестиционную политику, в том числе за развитие фармацевтической отрасли."), PARTNER);
        Participant agency = m.participant("АО «Агентство регионального развития Калужской области»",
                DEVELOPMENT_INSTITUTION, "Калуга", MEMBER, src(GXP_2014 + "; " + FOUNDERS_2015, "Региональный"
                        + " институт развития: сопровождает инвесторов; один из учредителей партнёрства кластера."),
                SUPPLIER);
        Participant vorsino = m.participant("Индустриальный парк «Ворсино»", INDUSTRIAL_PARK, "Боровский район",
                MEMBER, src(GXP_2013 + "; " + ASTRAZENECA_2015, "Индустриальный парк с инженерной"
                        + " инфраструктурой; здесь построены заводы «АстраЗенека» и «НоваМедика»."), SUPPLIER);
        Participant grabtsevo = m.participant("Индустриальный парк «Грабцево»", INDUSTRIAL_PARK, "Калуга", MEMBER,
                src(GXP_2013, "Индустриальный парк в областном центре, одна из производственных площадок"
                        + " кластера."), SUPPLIER);
        Participant aPark = m.participant("Индустриальный парк «А-парк»", INDUSTRIAL_PARK, "Калуга", MEMBER,
                src(GXP_2013, "Индустриальный парк в областном центре, одна из производственных площадок"
                        + " кластера."), SUPPLIER);
        Participant obninskPark = m.participant("Индустриальный парк «Обнинск»", INDUSTRIAL_PARK, "Обнинск", MEMBER,
                src(GXP_2013, "Индустриальный парк наукограда Обнинска, одна из производственных площадок"
                        + " кластера."), SUPPLIER);
        Participant sez = m.participant("Особая экономическая зона «Калуга»", INDUSTRIAL_PARK, "Калужская область",
                MEMBER, src(AIRKO_2016, "Особая экономическая зона промышленно-производственного типа; в ней"
                        + " размещаются новые фармацевтические производства."), SUPPLIER);
        Participant intc = m.participant("ИНТЦ «Парк атомных и медицинских технологий»", TECHNOPARK, "Обнинск",
                MEMBER, src(INTC, "Инновационный научно-технологический центр Обнинска по ядерным и медицинским"
                        + " технологиям."), SUPPLIER);

        // Manufacturers and companies
        Participant hemofarm = m.participant("ООО «Хемофарм» (группа STADA)", LARGE_ENTERPRISE, "Обнинск", MEMBER,
                src(GXP_2013 + "; " + FOUNDERS_2015, "Завод готовых лекарственных форм полного цикла, открыт в"
                        + " 2006 году — первое предприятие кластера."), INNOVATION_GENERATOR);
        Participant berlinChemie = m.participant("«Берлин-Хеми/А. Менарини»", LARGE_ENTERPRISE, "Калуга", MEMBER,
                src(GXP_2013 + "; " + FOUNDERS_2015, "Инвестиционное соглашение о заводе в Калуге подписано в"
                        + " 2010–2011 годах; один из учредителей партнёрства кластера."), INNOVATION_GENERATOR);
        Participant novoNordisk = m.participant("ООО «Ново Нордиск»", LARGE_ENTERPRISE, "Калужская область", MEMBER,
                src(VADEMECUM_2015 + "; " + FOUNDERS_2015, "Завод по производству инсулинов, открыт в апреле"
                        + " 2015 года."), INNOVATION_GENERATOR);
        Participant astraZeneca = m.participant("ООО «АстраЗенека Индастриз»", LARGE_ENTERPRISE, "Боровский район",
                MEMBER, src(ASTRAZENECA_2015, "Завод в индустриальном парке «Ворсино», открыт в октябре 2015 года;"
                        + " инвестиции более 224 млн долларов США, около 30 инновационных препаратов."),
                INNOVATION_GENERATOR);
        Participant niarmedic = m.participant("ООО «НИАРМЕДИК ПЛЮС»", LARGE_ENTERPRISE, "Обнинск", MEMBER,
                src(FOUNDERS_2015, "Производитель лекарственных средств; один из учредителей партнёрства"
                        + " кластера."), INNOVATION_GENERATOR);
        Participant mirPharm = m.participant("ООО «Мир-Фарм»", LARGE_ENTERPRISE, "Обнинск", MEMBER,
                src(FOUNDERS_2015, "Производитель лекарственных средств; один из учредителей партнёрства"
                        + " кластера."), INNOVATION_GENERATOR);
        Participant medbiopharm = m.participant("НПК «Медбиофарм»", SME, "Обнинск", MEMBER,
                src(FOUNDERS_2015 + "; " + PRESS_TOUR_2013, "Научно-производственная компания; на её базе создан"
                        + " альянс компетенций «Парк активных молекул»."), INNOVATION_GENERATOR);
        Participant activeMolecules = m.participant("Кластер инновационной биофармацевтики «Парк активных молекул»",
                SME, "Обнинск", MEMBER, src(SKOLKOVO_2011 + "; " + PRESS_TOUR_2013, "Объединение разработчиков"
                        + " оригинальных лекарств, созданное по соглашению 2011 года при участии фонда «Сколково»."),
                INNOVATION_GENERATOR, SUPPLIER);
        Participant novaMedica = m.participant("ООО «НоваМедика»", LARGE_ENTERPRISE, "Боровский район", MEMBER,
                src(NOVAMEDICA, "Инвестиционный проект РОСНАНО: завод стерильных инъекционных препаратов в"
                        + " индустриальном парке «Ворсино», ключевой партнёр — Pfizer."), INNOVATION_GENERATOR);

        // Research institutes and universities
        Participant mrrc = m.participant("МРНЦ им. А.Ф. Цыба — филиал ФГБУ «НМИЦ радиологии» Минздрава России",
                RESEARCH_INSTITUTE, "Обнинск", MEMBER, src(MRRC, "Медицинский радиологический научный центр:"
                        + " ядерная медицина, радиология и лечение онкологических заболеваний."),
                INNOVATION_GENERATOR, SUPPLIER);
        Participant karpov = m.participant("Обнинский филиал АО «НИФХИ им. Л.Я. Карпова»", RESEARCH_INSTITUTE,
                "Обнинск", MEMBER, src(KARPOV, "Производит медицинские изотопы и радиофармпрепараты полного"
                        + " цикла на исследовательском реакторе."), INNOVATION_GENERATOR, SUPPLIER);
        Participant ippe = m.participant("ГНЦ РФ — ФЭИ им. А.И. Лейпунского", RESEARCH_INSTITUTE, "Обнинск", MEMBER,
                src(NUCLEAR_CLUSTER, "Физико-энергетический институт; его заместитель директора стала"
                        + " исполнительным директором созданного в 2017 году ядерного кластера Обнинска."),
                INNOVATION_GENERATOR, PARTNER);
        Participant iate = m.participant("Обнинский институт атомной энергетики НИЯУ МИФИ (ИАТЭ)", UNIVERSITY,
                "Обнинск", MEMBER, src(IATE, "Университет наукограда: ядерная физика и атомная энергетика,"
                        + " медицина."), INNOVATION_GENERATOR, SUPPLIER);
        Participant ksu = m.participant("Калужский государственный университет им. К.Э. Циолковского", UNIVERSITY,
                "Калуга", MEMBER, src(KSU, "Региональный классический университет."), INNOVATION_GENERATOR,
                SUPPLIER);

        // External parties: federal bodies, development institutions, a foreign partner
        Participant skolkovo = m.participant("Фонд «Сколково»", DEVELOPMENT_INSTITUTION, "Москва", EXTERNAL,
                src(SKOLKOVO_2011, "Федеральный институт развития; участвовал в создании «Парка активных молекул»."),
                PARTNER);
        Participant rvcSeed = m.participant("Фонд посевных инвестиций РВК", INVESTOR, "Москва", EXTERNAL,
                src(KP40_2010, "Федеральный фонд посевных инвестиций; по источнику, среди его первых"
                        + " инвестиций — проекты калужских компаний."), SUPPLIER);
        Participant rusnano = m.participant("АО «РОСНАНО»", INVESTOR, "Москва", EXTERNAL, src(NOVAMEDICA,
                "Федеральный институт развития, инвестор проекта «НоваМедика»."), SUPPLIER, PARTNER);
        Participant pfizer = m.participant("Компания «Пфайзер»", LARGE_ENTERPRISE, "Нью-Йорк", EXTERNAL, src(NOVAMEDICA,
                "Международная фармацевтическая компания Pfizer, ключевой партнёр проекта «НоваМедика»."), PARTNER);
        Participant federalEconomy = m.participant("Минэкономразвития России", AUTHORITY, "Москва", EXTERNAL,
                src(KALUGA_PROGRAMME, "Распределяет субсидии федерального бюджета на программы развития пилотных"
                        + " инновационных территориальных кластеров (постановление № 188)."), PARTNER);
        Participant federalIndustry = m.participant("Минпромторг России", AUTHORITY, "Москва", EXTERNAL,
                src(RESOLUTION_41, "Предоставляет субсидии участникам промышленных кластеров на совместные проекты."),
                PARTNER);

        // Illustrative participants: the ones the gaps on purpose sit on
        Participant cro = m.participant("Контрактная исследовательская организация", SME, "Обнинск", MEMBER,
                ill("единственный в модели исполнитель доклинических исследований и экспертизы досье — зависимость"
                        + " от одного участника, заложенная намеренно."), SUPPLIER);
        Participant pilotOperator = m.participant("Оператор пилотного участка", SME, "Обнинск", MEMBER,
                ill("эксплуатирует чистые помещения для опытных партий."), SUPPLIER);
        Participant translational = m.participant("Проектная компания центра трансляционной медицины", OTHER,
                "Обнинск", MEMBER, ill("создаёт центр, который заработает только в 2028 году."), SUPPLIER);
        Participant startup = m.participant("Стартап в области радиофармацевтики", SME, "Обнинск", MEMBER,
                ill("малая компания, разрабатывающая диагностические радиофармпрепараты."), INNOVATION_GENERATOR);
        Participant newcomer = m.participant("Новый участник — производитель субстанций", SME, "Калужская область",
                MEMBER, ill("недавно вступил в кластер и ещё ни с кем не взаимодействует (NET-003 намеренно)."),
                INNOVATION_GENERATOR);

        m.interaction(federalEconomy, government, FINANCING, ONE_WAY, HIGH, src(KALUGA_PROGRAMME,
                "Субсидия федерального бюджета на программу развития пилотного кластера."));
        m.interaction(government, airko, FINANCING, ONE_WAY, HIGH, ill("финансирование деятельности центра"
                + " кластерного развития из областного бюджета."));
        m.interaction(ministry, airko, COOPERATION, MUTUAL, HIGH, ill("совместная работа по проектам кластера."));
        m.interaction(airko, association, COOPERATION, MUTUAL, HIGH, src(FOUNDERS_2015,
                "АИРКО — один из учредителей партнёрства кластера."));
        m.interaction(agency, association, COOPERATION, MUTUAL, MEDIUM, src(FOUNDERS_2015,
                "Агентство — один из учредителей партнёрства кластера."));
        m.interaction(hemofarm, association, COOPERATION, MUTUAL, HIGH, src(FOUNDERS_2015,
                "Заместитель генерального директора STADA CIS избран председателем правления партнёрства."));
        for (Participant founder : List.of(berlinChemie, novoNordisk, niarmedic, mirPharm, medbiopharm)) {
            m.interaction(founder, association, COOPERATION, MUTUAL, MEDIUM, src(FOUNDERS_2015,
                    "Учредитель партнёрства кластера."));
        }
        m.interaction(vorsino, astraZeneca, SUPPLY, ONE_WAY, HIGH, src(ASTRAZENECA_2015,
                "Площадка завода в индустриальном парке."));
        m.interaction(vorsino, novaMedica, SUPPLY, ONE_WAY, HIGH, src(NOVAMEDICA,
                "Площадка завода в индустриальном парке."));
        m.interaction(rusnano, novaMedica, FINANCING, ONE_WAY, HIGH, src(NOVAMEDICA,
                "«НоваМедика» — инвестиционный проект РОСНАНО."));
        m.interaction(pfizer, novaMedica, KNOWLEDGE_TRANSFER, ONE_WAY, HIGH, src(NOVAMEDICA,
                "Локализация инновационных препаратов и технологий их производства."));
        m.interaction(astraZeneca, activeMolecules, COOPERATION, MUTUAL, MEDIUM, src(ASTRAZENECA_2015,
                "О начале сотрудничества объявлено в мае 2015 года."));
        m.interaction(skolkovo, activeMolecules, COOPERATION, ONE_WAY, MEDIUM, src(SKOLKOVO_2011,
                "Соглашение 2011 года о создании «Парка активных молекул»."));
        m.interaction(medbiopharm, activeMolecules, COOPERATION, MUTUAL, HIGH, src(PRESS_TOUR_2013,
                "«Парк активных молекул» образован на базе ГК «Медбиофарм»."));
        m.interaction(agency, grabtsevo, COOPERATION, ONE_WAY, MEDIUM, ill("размещение инвесторов на площадке."));
        m.interaction(agency, aPark, COOPERATION, ONE_WAY, LOW, ill("размещение инвесторов на площадке."));
        m.interaction(agency, obninskPark, COOPERATION, ONE_WAY, LOW, ill("размещение инвесторов на площадке."));
        m.interaction(airko, sez, COOPERATION, ONE_WAY, MEDIUM, ill("сопровождение проектов резидентов зоны."));
        m.interaction(ippe, intc, COOPERATION, MUTUAL, MEDIUM, ill("совместные проекты в ядерной медицине."));
        m.interaction(karpov, mrrc, JOINT_RESEARCH, MUTUAL, HIGH, ill("радиофармпрепараты для клинической"
                + " практики."));
        m.interaction(iate, mrrc, KNOWLEDGE_TRANSFER, MUTUAL, MEDIUM, ill("подготовка медицинских физиков и"
                + " врачей."));
        m.interaction(ksu, berlinChemie, KNOWLEDGE_TRANSFER, ONE_WAY, LOW, ill("выпускники приходят на завод."));
        m.interaction(federalIndustry, association, FINANCING, ONE_WAY, MEDIUM, ill(RESOLUTION_41,
                "субсидии на совместные проекты участников (механизм — по источнику, получатели — допущение)."));
        m.interaction(rvcSeed, startup, FINANCING, ONE_WAY, MEDIUM, ill("посевная инвестиция."));
        m.interaction(cro, airko, COOPERATION, MUTUAL, MEDIUM, ill("услуги исследований для участников кластера."));
        m.interaction(pilotOperator, startup, SUPPLY, ONE_WAY, MEDIUM, ill("выпуск опытных партий."));
        m.interaction(translational, karpov, JOINT_RESEARCH, MUTUAL, MEDIUM, ill("подготовка проекта центра."));

        Segment producers = m.segment("Производители готовых лекарственных средств", "Собственное производство"
                + " готовых лекарственных форм по правилам GMP в Калужской области", ill("сегмент потребителей"
                        + " кластера (в статье-основе потребители — участники, генерирующие инновации); состав — по"
                        + " источникам участников, деление на сегменты — модельное."), hemofarm, berlinChemie,
                novoNordisk, astraZeneca, niarmedic, mirPharm, novaMedica);
        Segment small = m.segment("Малые и средние инновационные компании", "Разработка новых препаратов, до 250"
                + " работников", MODEL_SEGMENT, medbiopharm, activeMolecules, startup, newcomer);
        Segment science = m.segment("Научные и образовательные организации", "Результаты исследований, которые нужно"
                + " довести до производства", MODEL_SEGMENT, mrrc, karpov, ippe, iate, ksu);

        SegmentNeed gmpStaff = m.need(producers, "Кадры для GMP-производства", Priority.HIGH, 250, PEOPLE,
                ill("спрос — 250 специалистов в год."));
        SegmentNeed sites = m.need(producers, "Площадки с инженерной инфраструктурой", Priority.MEDIUM, 200_000,
                SQUARE_METRES, ill("спрос — 20 га (200 000 м²) под новые производства."));
        SegmentNeed registration = m.need(producers, "Ускоренная регистрация лекарственных средств", Priority.HIGH,
                30, SERVICES_PER_YEAR, ill("спрос — 30 регистрационных досье в год."));
        SegmentNeed labs = m.need(small, "Доступ к лабораторному оборудованию", Priority.HIGH, 8, PROJECTS_PER_YEAR,
                ill("спрос — 8 проектов в год."));
        SegmentNeed pilotBatches = m.need(small, "Пилотное производство опытных партий", Priority.HIGH, 6,
                PROJECTS_PER_YEAR, ill("спрос — 6 проектов в год, больше мощности пилотного участка (4):"
                        + " недостаток ресурса заложен намеренно."));
        SegmentNeed preclinical = m.need(small, "Доклинические исследования кандидатов в лекарства",
                Priority.MEDIUM, 15, SERVICES_PER_YEAR, ill("спрос — 15 исследований в год; единственная цепочка"
                        + " проходит через одного участника."));
        SegmentNeed earlyMoney = m.need(small, "Финансирование ранних стадий", Priority.HIGH, 150_000_000, RUB,
                ill("спрос — 150 млн руб."));
        SegmentNeed clinicalTrials = m.need(science, "Клиническая апробация разработок ядерной медицины",
                Priority.MEDIUM, 5, PROJECTS_PER_YEAR, ill("спрос — 5 проектов в год; обслуживается только после"
                        + " открытия центра трансляционной медицины в 2028 году."));
        SegmentNeed industryPartners = m.need(science, "Индустриальные партнёры для результатов исследований",
                Priority.MEDIUM, 10, PROJECTS_PER_YEAR, ill("спрос — 10 проектов в год."));

        ValueProposition staffTraining = m.proposition("Подготовка кадров под заказ предприятий",
                CLUSTER_PROPOSITION, List.of(producers), gmpStaff);
        ValueProposition readySites = m.proposition("Площадки с подведённой инфраструктурой", ill(GXP_2013,
                "площадки парков обеспечены инженерной инфраструктурой (по источнику); предложение — модельное."),
                List.of(producers), sites);
        ValueProposition regulatory = m.proposition("Сопровождение регистрации и исследований",
                CLUSTER_PROPOSITION, List.of(producers), registration);
        ValueProposition sharedLabs = m.proposition("Лаборатории коллективного пользования",
                CLUSTER_PROPOSITION, List.of(small), labs);
        ValueProposition pilotProduction = m.proposition("Пилотное производство опытных партий",
                CLUSTER_PROPOSITION, List.of(small), pilotBatches);
        ValueProposition preclinicalStudies = m.proposition("Доклинические исследования по заказу",
                CLUSTER_PROPOSITION, List.of(small), preclinical);
        ValueProposition funding = m.proposition("Доступ к инвестициям институтов развития",
                CLUSTER_PROPOSITION, List.of(small), earlyMoney);
        ValueProposition toClinic = m.proposition("Доведение радиофармпрепаратов до клиники",
                ill("ценностное предложение кластера, доступное с 2028 года."), List.of(science), clinicalTrials);
        ValueProposition transfer = m.proposition("Трансфер технологий и поиск индустриальных партнёров",
                CLUSTER_PROPOSITION, List.of(science), industryPartners);

        m.channel("Портал кластера", DIGITAL_PLATFORM, ill("сайт кластера как канал."),
                List.of(producers, small, science), transfer, sharedLabs, pilotProduction);
        m.channel("Проектный офис АИРКО", DIRECT, ill("канал прямой работы с участниками."),
                List.of(producers, small), readySites, regulatory, preclinicalStudies, funding);
        m.channel("Калужский промышленно-инновационный форум", EVENT, src(FORUM_2016,
                "Первый форум прошёл 29 ноября 2016 года; на нём обсуждался субкластер ядерной медицины."),
                List.of(producers, small, science), transfer);
        m.channel("Координационный совет по развитию фармацевтического кластера", DIRECT, src(COUNCIL,
                "Совет при губернаторе Калужской области; на заседаниях обсуждаются меры господдержки и"
                        + " инфраструктура кластера."), List.of(producers, science), staffTraining, toClinic);
        m.relationship("Сопровождение инвестиционных проектов", RelationshipKind.DEDICATED_ASSISTANCE,
                ill("персональный менеджер проекта."), producers);
        m.relationship("Рабочие группы партнёрства", RelationshipKind.COMMUNITY, ill("рабочие группы по"
                + " направлениям."), producers, small, science);
        m.relationship("Совместные проекты науки и бизнеса", RelationshipKind.CO_CREATION, ill("совместные"
                + " проекты."), small, science);

        m.revenue("Программа развития инновационного кластера", RevenueKind.STATE_PROGRAMME, once(1_700_000_000,
                2013), src(VADEMECUM_2015 + "; " + KALUGA_PROGRAMME, "Четырёхлетняя программа развития кластера,"
                        + " утверждённая в 2013 году, — 1,7 млрд руб. (по источнику). Разбивка по годам и бюджетам в"
                        + " модели не показана: сумма записана единовременно в год утверждения программы."),
                List.of(federalEconomy, government), List.of(producers, small, science), readySites, sharedLabs,
                transfer);
        m.revenue("Членские взносы участников партнёрства", RevenueKind.MEMBERSHIP_FEE, perYear(6_000_000, 2016,
                null), ill("сумма и плательщики — допущение модели."), List.of(hemofarm, berlinChemie, novoNordisk,
                        niarmedic, mirPharm, medbiopharm), List.of(producers, small), transfer, staffTraining);
        m.revenue("Платные услуги лабораторий и пилотного участка", RevenueKind.PAID_SERVICE, perYear(18_000_000,
                2020, null), YEARLY_SUM, List.of(startup, newcomer), List.of(small), sharedLabs,
                pilotProduction);
        m.revenue("Договоры на исследования и регистрацию", RevenueKind.PAID_SERVICE, perYear(25_000_000, 2018, null),
                YEARLY_SUM, List.of(startup, newcomer), List.of(small, producers), preclinicalStudies,
                regulatory);
        m.revenue("Посевные и венчурные инвестиции в проекты участников", RevenueKind.OTHER, perYear(50_000_000,
                2012, 2016), ill("сумма в год за 2012–2016 годы."), List.of(rvcSeed, skolkovo),
                List.of(small), funding);
        m.revenue("Субсидии участникам промышленных кластеров", RevenueKind.STATE_PROGRAMME, perYear(30_000_000,
                2016, null), ill(RESOLUTION_41, "механизм субсидий — по источнику; сумма — допущение модели."),
                List.of(federalIndustry), List.of(producers), staffTraining);
        m.revenue("Доля доходов от коммерциализации радиофармпрепаратов", RevenueKind.COMMERCIALISATION_SHARE,
                perYear(5_000_000, 2028, null), ill("начнётся после открытия центра трансляционной медицины."),
                List.of(translational), List.of(science), toClinic);

        KeyResource sharedCentre = m.resource("Центр коллективного пользования", ResourceKind.EQUIPMENT,
                qty(12, PROJECTS_PER_YEAR, "до 12 проектов участников в год"), AVAILABLE, ill(SKOLKOVO_2011,
                        "создание центра коллективного пользования по биомедицине на базе кластера объявлено в 2011"
                                + " году (по источнику); операторы и ёмкость — допущение модели."), activeMolecules,
                intc);
        KeyResource cleanRooms = m.resource("Чистые помещения пилотного участка", ResourceKind.EQUIPMENT,
                qty(4, PROJECTS_PER_YEAR, "4 проекта опытных партий в год"), AVAILABLE, ill("мощность (4 проекта в"
                        + " год) меньше спроса (6): ресурс недостаточен намеренно."), pilotOperator);
        KeyResource vivarium = m.resource("Виварий и лаборатория доклинических исследований", ResourceKind.EQUIPMENT,
                qty(20, SERVICES_PER_YEAR, "до 20 исследований в год"), AVAILABLE, ill("предоставляется одним"
                        + " участником."), cro);
        KeyResource translationalCentre = m.resource("Центр трансляционной медицины", ResourceKind.INFRASTRUCTURE,
                qty(8, PROJECTS_PER_YEAR, "8 проектов клинической апробации в год"), plannedFrom(2028),
                ill("планируется к открытию в 2028 году: до того потребность в клинической апробации не"
                        + " обслуживается."), translational);
        KeyResource curricula = m.resource("Образовательные программы для фармацевтической отрасли",
                ResourceKind.HUMAN, qty(350, PEOPLE, "около 350 выпускников в год"), AVAILABLE, ill("ёмкость —"
                        + " допущение модели."), iate, ksu);
        KeyResource parkSites = m.resource("Подготовленные площадки индустриальных парков",
                ResourceKind.INFRASTRUCTURE, qty(500_000, SQUARE_METRES, "50 га свободных площадок"), AVAILABLE,
                ill(GXP_2013, "площадки с инженерной инфраструктурой — по источнику; свободная площадь — допущение"
                        + " модели."), vorsino, grabtsevo, aPark, obninskPark, sez);
        KeyResource investments = m.resource("Инвестиции институтов развития", ResourceKind.FINANCIAL,
                qty(300_000_000, RUB, "300 млн руб. на проекты участников"), AVAILABLE, ill(KP40_2010 + "; "
                        + NOVAMEDICA, "инвесторы — по источникам; сумма — допущение модели."), rvcSeed, skolkovo,
                rusnano);
        KeyResource nuclearMedicine = m.resource("Компетенции в ядерной медицине и радиофармацевтике",
                ResourceKind.INTELLECTUAL, qty(10, PROJECTS_PER_YEAR, "10 совместных проектов в год"), AVAILABLE,
                ill(KARPOV + "; " + MRRC, "профиль организаций — по источникам; ёмкость — допущение модели."), mrrc,
                karpov);
        KeyResource transferOffice = m.resource("Проектный офис трансфера технологий", ResourceKind.HUMAN,
                qty(12, PROJECTS_PER_YEAR, "12 проектов в год"), AVAILABLE, ill("команда координатора и партнёрства."),
                airko, association);
        KeyResource internationalLinks = m.resource("Международные связи кластера", ResourceKind.INFORMATION,
                qty(20, PROJECTS_PER_YEAR, "20 контактов с зарубежными кластерами в год"), AVAILABLE,
                ill(ASSOCIATION_2018, "членство в Европейской платформе кластерного сотрудничества с 2014 года —"
                        + " по источнику; ёмкость — допущение модели."), association, airko);
        KeyResource regulatoryExperts = m.resource("Регуляторная экспертиза досье", ResourceKind.HUMAN,
                qty(40, SERVICES_PER_YEAR, "40 досье в год"), AVAILABLE, ill("эксперты одного участника."), cro);

        KeyAction training = m.action("Подготовка кадров", TRAINING, AVAILABLE, ill("обучение по заказу"
                + " предприятий."), List.of(iate, ksu), List.of(curricula), staffTraining);
        KeyAction siting = m.action("Размещение производств участников", COORDINATION, AVAILABLE,
                ill("сопровождение инвесторов от выбора площадки до запуска."), List.of(agency, airko),
                List.of(parkSites), readySites);
        m.action("Сопровождение регистрации лекарственных средств", CERTIFICATION, AVAILABLE, ill("нет"
                + " поддерживающего ресурса: специалисты по регистрации для этого направления ещё не найдены"
                + " (INT-001 намеренно)."), List.of(cro), List.of(), regulatory);
        KeyAction equipmentAccess = m.action("Организация доступа к оборудованию", RD_SUPPORT, AVAILABLE,
                ill("запись на оборудование центра."), List.of(activeMolecules, airko), List.of(sharedCentre),
                sharedLabs);
        KeyAction batches = m.action("Выпуск опытных партий", RD_SUPPORT, AVAILABLE, ill("опытные партии для"
                + " исследований."), List.of(pilotOperator), List.of(cleanRooms), pilotProduction);
        KeyAction studies = m.action("Доклинические исследования по договорам", RD_SUPPORT, AVAILABLE,
                ill("выполняет один участник."), List.of(cro), List.of(vivarium), preclinicalStudies);
        KeyAction financing = m.action("Финансирование проектов участников", COMMERCIALISATION, AVAILABLE,
                ill("отбор и финансирование проектов."), List.of(rvcSeed, skolkovo), List.of(investments), funding);
        KeyAction translationalResearch = m.action("Трансляционные исследования радиофармпрепаратов", RD_SUPPORT,
                plannedFrom(2028), ill("начнутся с открытием центра в 2028 году."), List.of(translational),
                List.of(translationalCentre, nuclearMedicine), toClinic);
        KeyAction technologyTransfer = m.action("Трансфер технологий", TECHNOLOGY_TRANSFER, AVAILABLE,
                ill("поиск индустриальных партнёров для результатов исследований."), List.of(airko, association),
                List.of(transferOffice), transfer);
        KeyAction promotion = m.action("Продвижение продукции и разработок участников", PROMOTION, AVAILABLE,
                ill("выставки, зарубежные миссии."), List.of(association, ministry), List.of(internationalLinks),
                transfer);
        m.action("Экспертиза регистрационных досье", CERTIFICATION, AVAILABLE, ill("выполняет один участник."),
                List.of(cro), List.of(regulatoryExperts), regulatory);

        m.partnership("Программа развития пилотного инновационного кластера", PartnershipKind.STATE_SUPPORT,
                "Субсидии федерального и областного бюджетов на инфраструктуру и сопровождение кластера",
                ill(KALUGA_PROGRAMME, "программа — по источнику; действия, которые она финансирует, — допущение"
                        + " модели."), List.of(federalEconomy, government), List.of(), siting, technologyTransfer);
        m.partnership("Поддержка совместных проектов промышленного кластера", PartnershipKind.STATE_SUPPORT,
                "Субсидии на совместные проекты участников", ill(RESOLUTION_41, "механизм — по источнику; участие"
                        + " кластера — допущение модели."), List.of(federalIndustry, association), List.of(),
                promotion);
        m.partnership("Проект «НоваМедика»", PartnershipKind.STRATEGIC_ALLIANCE, "Инвестиции РОСНАНО, технологии и"
                + " препараты Pfizer для локализации", ill(NOVAMEDICA, "партнёрство — по источнику; его вклад в"
                        + " ресурс «Инвестиции институтов развития» — допущение модели."), List.of(rusnano, pfizer,
                                novaMedica), List.of(investments));
        m.partnership("Консорциум ядерной медицины Обнинска", PartnershipKind.STRATEGIC_ALLIANCE, "Изотопы,"
                + " клиническая база, разработки и площадка", ill(NUCLEAR_CLUSTER, "ядерный кластер Обнинска —"
                        + " по источнику; состав консорциума и его вклад — допущение модели."), List.of(ippe, karpov,
                                mrrc, intc), List.of(nuclearMedicine), translationalResearch);
        m.partnership("Соглашение о центре коллективного пользования", PartnershipKind.SUPPLY, "Оборудование и время"
                + " работы специалистов", ill("условия соглашения."), List.of(activeMolecules),
                List.of(sharedCentre), equipmentAccess);
        m.partnership("Сетевые образовательные программы", PartnershipKind.STRATEGIC_ALLIANCE, "Программы,"
                + " преподаватели и практика", ill("сетевая форма обучения."), List.of(iate, ksu),
                List.of(curricula), training);

        m.cost("Содержание центра коллективного пользования", FIXED, OPERATING, perYear(12_000_000, 2016, null),
                YEARLY_SUM, List.of(sharedCentre), equipmentAccess);
        m.cost("Оснащение пилотного участка", FIXED, CAPITAL, once(45_000_000, 2024), ill("единовременно."),
                List.of(cleanRooms), batches);
        m.cost("Строительство центра трансляционной медицины", FIXED, CAPITAL, once(600_000_000, 2026),
                ill("единовременно."), List.of(translationalCentre));
        m.cost("Проектный офис кластера", FIXED, OPERATING, perYear(9_000_000, 2013, null), YEARLY_SUM,
                List.of(transferOffice), technologyTransfer, promotion);
        m.cost("Сетевые образовательные программы", VARIABLE, OPERATING, perYear(4_000_000, 2014, null),
                YEARLY_SUM, List.of(), training);
        m.cost("Доклинические исследования", VARIABLE, OPERATING, perYear(10_000_000, 2018, null),
                YEARLY_SUM, List.of(vivarium), studies);
        m.cost("Сопровождение инвестиционных проектов", FIXED, OPERATING, perYear(7_000_000, 2013, null),
                YEARLY_SUM, List.of(), siting, financing);

        m.indicator("Доля региона в производстве лекарственных средств для российского рынка", PERCENT, AT_LEAST,
                null, at(10, 2020), at(5, 2016), src(VADEMECUM_2015 + "; " + FORUM_2016, "Цель губернатора —"
                        + " 10–12 % производства лекарственных средств для российского рынка к 2020 году (в модели —"
                        + " нижняя граница, 10 %); в 2016 году доля калужских предприятий составила 5 % российского"
                        + " рынка препаратов отечественного производства."), producers);
        m.indicator("Число участников кластера", ORGANISATIONS, AT_LEAST, at(54, 2015), at(70, 2030), at(66, 2022),
                ill(VADEMECUM_2015 + "; " + MEMBERS_2022, "54 участника в 2015 году и 66 предприятий в 2022 году —"
                        + " по источникам; целевое значение 70 к 2030 году — допущение модели."), c);
        return c;
    }

    static Cluster defenceRadioelectronics() {
        ModelBuilder m = new ModelBuilder();
        Cluster c = m.cluster;
        c.setName("Воронежский кластер диверсификации радиоэлектроники");
        c.setSector("Радиоэлектроника и связь");
        c.setTerritory("Воронежская область");
        c.setSpecialisation("Гражданская продукция и продукция двойного назначения на основе технологий связи"
                + " АО «Концерн «Созвездие»");
        c.setPurpose(PURPOSE);
        c.setDevelopmentStage(DevelopmentStage.EMERGING);
        c.setModelVersion("пример 2");
        ModelBuilder.apply(c, ill(SEED_SOZVEZDIE + "; " + CIVIL_TARGET, "объединение вокруг АО «Концерн"
                + " «Созвездие»» (ссылка 13 статьи-основы) для выпуска гражданской продукции на технологиях двойного"
                + " назначения (ссылка 10) к государственной цели 2030 года — не менее половины гражданской"
                + " продукции в выпуске ОПК (ссылки 3 и 4), которая записана показателем. Концерн, его новый завод,"
                + " органы власти и институты развития — по источникам у элементов; малые компании, центр"
                + " диверсификации, испытательный центр, суммы и спрос — иллюстративные. Пробелы готовности,"
                + " заложенные намеренно: недостаточная испытательная лаборатория и ресурс без поставщика. "
                + FINDINGS_INTRO + DEFENCE_FINDINGS + "."));

        Participant concern = m.participant("АО «Концерн «Созвездие»", DEFENCE_INDUSTRY_ENTERPRISE, "Воронеж", MEMBER,
                src(SEED_SOZVEZDIE + "; " + DIVERSIFICATION_CONFERENCE, "Разработчик и производитель систем и"
                        + " средств связи; показывал прототипы гражданской продукции, в том числе изделия мобильной"
                        + " и защищённой связи."), INNOVATION_GENERATOR, PARTNER);
        Participant holding = m.participant("АО «Росэлектроника»", OTHER, "Москва", EXTERNAL,
                src(DIVERSIFICATION_CONFERENCE, "Холдинг Ростеха в радиоэлектронной промышленности."), PARTNER);
        Participant rostec = m.participant("Госкорпорация «Ростех»", OTHER, "Москва", EXTERNAL,
                src(DIVERSIFICATION_CONFERENCE, "Государственная корпорация, в которую входит холдинг"
                        + " «Росэлектроника»."), PARTNER);
        Participant region = m.participant("Правительство Воронежской области", AUTHORITY, "Воронеж", MEMBER,
                src(NEW_PLANT, "Подписало соглашение о строительстве нового завода концерна и содействует"
                        + " взаимодействию с институтами развития."), PARTNER);
        Participant federalIndustry = m.participant("Минпромторг России", AUTHORITY, "Москва", EXTERNAL,
                src(DIVERSIFICATION_CONFERENCE + "; " + DEFENCE_PROGRAMME, "Ответственный исполнитель госпрограммы"
                        + " развития ОПК; поддержал конференцию по диверсификации."), PARTNER);
        Participant frp = m.participant("Фонд развития промышленности", DEVELOPMENT_INSTITUTION, "Москва", EXTERNAL,
                src(FRP, "Федеральный институт развития, выдающий льготные займы промышленным предприятиям."),
                SUPPLIER);
        Participant park = m.participant("Индустриальный парк «Масловский»", INDUSTRIAL_PARK, "Воронежская область",
                MEMBER, src(NEW_PLANT, "Площадка нового завода концерна (земельные участки 13 га)."), SUPPLIER);
        Participant vsu = m.participant("Воронежский государственный университет", UNIVERSITY, "Воронеж", MEMBER,
                src(VSU, "Классический университет: физика, радиофизика, прикладная математика."), SUPPLIER);
        Participant vgtu = m.participant("Воронежский государственный технический университет", UNIVERSITY,
                "Воронеж", MEMBER, src(VGTU, "Технический университет: радиотехника и электроника."), SUPPLIER);
        Participant centre = m.participant("Центр диверсификации производства", CLUSTER_ORGANISATION, "Воронеж",
                MEMBER, ill("специализированная организация, координирующая проекты диверсификации."),
                COORDINATOR);
        Participant telecom = m.participant("Разработчик гражданских средств связи", SME, "Воронеж", MEMBER,
                ill("выпускает гражданские радиостанции по лицензии на технологию двойного назначения."),
                INNOVATION_GENERATOR);
        Participant medical = m.participant("Производитель медицинской электроники", SME, "Липецк", MEMBER,
                ill("применяет цифровую обработку сигналов в мониторах пациента."), INNOVATION_GENERATOR);
        Participant smartCity = m.participant("Интегратор систем «умного города»", SME, "Воронеж", MEMBER,
                ill("объединяет датчики и радиосети для муниципалитетов."), INNOVATION_GENERATOR, PARTNER);
        Participant operator = m.participant("Оператор связи", LARGE_ENTERPRISE, "Москва", EXTERNAL,
                ill("первый гражданский заказчик радиомодулей; внешний участник."), PARTNER);
        Participant testCentre = m.participant("Аккредитованный испытательный центр", OTHER, "Воронеж", MEMBER,
                ill("испытания и сертификация радиоэлектроники."), SUPPLIER);
        Participant laboratory = m.participant("Лаборатория прикладной радиофизики", RESEARCH_INSTITUTE, "Воронеж",
                MEMBER, ill("научная организация, выполняющая прикладные исследования для гражданских продуктов."),
                INNOVATION_GENERATOR, SUPPLIER);

        m.interaction(rostec, holding, COOPERATION, ONE_WAY, HIGH, src(DIVERSIFICATION_CONFERENCE,
                "Холдинг входит в госкорпорацию."));
        m.interaction(holding, concern, COOPERATION, ONE_WAY, HIGH, src(DIVERSIFICATION_CONFERENCE,
                "Руководство холдинга участвовало в конференции по диверсификации в Воронеже."));
        m.interaction(region, concern, COOPERATION, MUTUAL, HIGH, src(NEW_PLANT,
                "Соглашение о строительстве завода в индустриальном парке «Масловский»."));
        m.interaction(park, concern, SUPPLY, ONE_WAY, MEDIUM, src(NEW_PLANT, "Земельные участки под новый завод."));
        m.interaction(federalIndustry, concern, FINANCING, ONE_WAY, MEDIUM, ill(DEFENCE_PROGRAMME,
                "средства госпрограммы на проекты диверсификации."));
        m.interaction(vgtu, concern, KNOWLEDGE_TRANSFER, ONE_WAY, MEDIUM, ill("выпускники-радиоинженеры."));
        m.interaction(vsu, concern, KNOWLEDGE_TRANSFER, ONE_WAY, LOW, ill("выпускники-радиофизики."));
        m.interaction(centre, concern, COOPERATION, MUTUAL, HIGH, ill("программа диверсификации."));
        m.interaction(concern, telecom, KNOWLEDGE_TRANSFER, ONE_WAY, MEDIUM, ill(DUAL_USE, "лицензия на технологию"
                + " двойного назначения после экспортного контроля."));
        m.interaction(concern, medical, KNOWLEDGE_TRANSFER, ONE_WAY, LOW, ill("лицензия на технологию."));
        m.interaction(frp, telecom, FINANCING, ONE_WAY, MEDIUM, ill("льготный заём."));
        m.interaction(testCentre, medical, SUPPLY, ONE_WAY, MEDIUM, ill("испытания и сертификаты."));
        m.interaction(smartCity, operator, SUPPLY, ONE_WAY, MEDIUM, ill("сетевые решения."));
        m.interaction(laboratory, vgtu, JOINT_RESEARCH, MUTUAL, LOW, ill("совместные исследования."));
        m.interaction(concern, smartCity, SUPPLY, ONE_WAY, MEDIUM, ill("радиомодули."));

        Segment defence = m.segment("Предприятия ОПК, осваивающие гражданскую продукцию", "Предприятия"
                + " оборонно-промышленного комплекса с планом выпуска гражданской продукции", ill(CIVIL_TARGET,
                        "потребители, к которым относится цель 2030 года (по источнику); сегмент — модельный."),
                concern);
        Segment dualUse = m.segment("Малые компании — пользователи технологий двойного назначения", "Гражданская"
                + " продукция на лицензированных технологиях двойного назначения", ill("сегмент потребителей."),
                telecom, medical, smartCity);
        Segment science = m.segment("Научные организации", "Прикладные исследования для гражданских продуктов",
                ill("ни один канал его пока не обслуживает (EXT-003 намеренно)."), laboratory);

        SegmentNeed markets = m.need(defence, "Выход на гражданские рынки связи", Priority.HIGH, 5,
                PROJECTS_PER_YEAR, ill("спрос — 5 проектов в год."));
        SegmentNeed certificates = m.need(defence, "Сертификация гражданской продукции", Priority.HIGH, 40,
                SERVICES_PER_YEAR, ill("спрос — 40 испытаний в год."));
        SegmentNeed floorSpace = m.need(defence, "Производственные площади для гражданских изделий", Priority.HIGH,
                100_000, SQUARE_METRES, ill("спрос — 100 000 м²."));
        SegmentNeed engineers = m.need(defence, "Инженеры для гражданских проектов", Priority.MEDIUM, 40, PEOPLE,
                ill("спрос — 40 инженеров в год."));
        SegmentNeed softLoans = m.need(defence, "Льготное финансирование проектов диверсификации", Priority.HIGH,
                500_000_000, RUB, ill("спрос — 500 млн руб."));
        SegmentNeed licences = m.need(dualUse, "Лицензии на технологии двойного назначения", Priority.HIGH, 6,
                PROJECTS_PER_YEAR, ill(DUAL_USE, "лицензии на технологии двойного назначения подлежат экспортному"
                        + " контролю (по источнику); спрос — 6 лицензий в год."));
        SegmentNeed testing = m.need(dualUse, "Испытательная база", Priority.MEDIUM, 20, SERVICES_PER_YEAR,
                ill("спрос — 20 испытаний в год."));
        SegmentNeed orders = m.need(science, "Заказы на прикладные исследования", Priority.MEDIUM, 4,
                PROJECTS_PER_YEAR, ill("спрос — 4 проекта в год."));

        ValueProposition marketing = m.proposition("Маркетинг и выход на гражданские рынки",
                ill("ценностное предложение."), List.of(defence), markets);
        ValueProposition testingService = m.proposition("Испытания и сертификация", ill("ценностное предложение."),
                List.of(defence, dualUse), certificates, testing);
        ValueProposition production = m.proposition("Производственная площадка для гражданских изделий",
                ill("ценностное предложение, доступное с 2028 года."), List.of(defence), floorSpace);
        ValueProposition licensing = m.proposition("Лицензирование технологий двойного назначения",
                ill(DUAL_USE, "в рамках экспортного контроля."), List.of(dualUse), licences);
        ValueProposition research = m.proposition("Заказы на НИОКР для гражданских продуктов",
                ill("ценностное предложение."), List.of(science), orders);
        ValueProposition retrainingOffer = m.proposition("Переподготовка инженеров", ill("ценностное предложение."),
                List.of(defence), engineers);
        ValueProposition loansOffer = m.proposition("Доступ к льготным займам", ill("ценностное предложение."),
                List.of(defence), softLoans);

        m.channel("Центр диверсификации", DIRECT, ill("прямая работа с предприятиями."), List.of(defence, dualUse),
                marketing, licensing, retrainingOffer, loansOffer);
        m.channel("Отраслевые выставки и конференции", EVENT, src(DIVERSIFICATION_CONFERENCE, "Концерн представил"
                + " прототипы гражданской продукции на конференции по диверсификации ОПК в Воронеже."),
                List.of(defence, dualUse), marketing, testingService);
        m.channel("Каталог технологий на портале", DIGITAL_PLATFORM, ill("каталог лицензируемых технологий."),
                List.of(dualUse), licensing);
        m.relationship("Сопровождение проектов диверсификации", RelationshipKind.DEDICATED_ASSISTANCE,
                ill("менеджер проекта."), defence);
        m.relationship("Совместные проекты", RelationshipKind.CO_CREATION, ill("совместная разработка."), dualUse,
                science);

        m.revenue("Платные услуги испытаний и сертификации", RevenueKind.PAID_SERVICE, perYear(15_000_000, 2024,
                null), YEARLY_SUM, List.of(telecom, medical, smartCity), List.of(dualUse), testingService);
        m.revenue("Лицензионные платежи", RevenueKind.COMMERCIALISATION_SHARE, perYear(7_000_000, 2024, null),
                YEARLY_SUM, List.of(telecom, medical), List.of(dualUse), licensing);
        m.revenue("Средства госпрограммы «Развитие ОПК»", RevenueKind.STATE_PROGRAMME, perYear(40_000_000, 2017,
                2027), ill(DEFENCE_PROGRAMME, "программа — по источнику; сумма и годы — допущение модели."),
                List.of(federalIndustry), List.of(defence), marketing, retrainingOffer);
        m.revenue("Собственные средства концерна на новый завод", RevenueKind.OTHER, once(14_000_000_000L, 2025),
                src(NEW_PLANT, "14 млрд руб. собственных средств на строительство в 2025–2028 годах (по источнику);"
                        + " в модели записаны единовременно в год начала строительства."), List.of(concern),
                List.of(defence), production);
        m.revenue("Льготные займы на проекты диверсификации", RevenueKind.OTHER, once(500_000_000, 2026),
                ill("сумма и год."), List.of(frp), List.of(defence), loansOffer);
        m.revenue("Заказы на прикладные исследования", RevenueKind.PAID_SERVICE, perYear(6_000_000, 2025, null),
                YEARLY_SUM, List.of(smartCity), List.of(science), research);

        KeyResource marketStudies = m.resource("Исследования гражданских рынков", ResourceKind.INFORMATION,
                qty(8, PROJECTS_PER_YEAR, "исследования 8 рынков в год"), AVAILABLE, ill("никто пока не"
                        + " предоставляет (INT-005 намеренно)."));
        KeyResource testLab = m.resource("Аккредитованная испытательная лаборатория", ResourceKind.EQUIPMENT,
                qty(50, SERVICES_PER_YEAR, "50 испытаний в год"), AVAILABLE, ill("мощность (50 испытаний в год)"
                        + " меньше спроса двух сегментов (40 + 20): ресурс недостаточен намеренно."), testCentre);
        KeyResource newPlant = m.resource("Завод радиоэлектронной аппаратуры в индустриальном парке «Масловский»",
                ResourceKind.INFRASTRUCTURE, qty(130_000, SQUARE_METRES, "земельные участки общей площадью 13 га"),
                plannedFrom(2028), src(NEW_PLANT, "Строительство за собственные средства концерна в 2025–2028"
                        + " годах, более 2800 рабочих мест."), concern, park);
        KeyResource portfolio = m.resource("Портфель технологий двойного назначения", ResourceKind.INTELLECTUAL,
                qty(10, PROJECTS_PER_YEAR, "10 лицензий в год"), AVAILABLE, ill(DUAL_USE, "какие технологии можно"
                        + " лицензировать, определяет экспортный контроль (по источнику); ёмкость — допущение"
                        + " модели."), concern);
        KeyResource rfCompetences = m.resource("Инженерные компетенции в радиосвязи", ResourceKind.INTELLECTUAL,
                qty(6, PROJECTS_PER_YEAR, "6 проектов в год"), AVAILABLE, ill("ёмкость — допущение модели."),
                laboratory, vgtu);
        KeyResource retrainingPrograms = m.resource("Программы переподготовки инженеров", ResourceKind.HUMAN,
                qty(60, PEOPLE, "60 слушателей в год"), AVAILABLE, ill("ёмкость — допущение модели."), vgtu, vsu);
        KeyResource loans = m.resource("Льготные займы на диверсификацию", ResourceKind.FINANCIAL,
                qty(1_000_000_000, RUB, "1 млрд руб."), AVAILABLE, ill(FRP, "фонд — по источнику; лимит —"
                        + " допущение модели."), frp);

        KeyAction marketAnalysis = m.action("Анализ гражданских рынков", PROMOTION, AVAILABLE, ill("поиск рынков"
                + " для гражданских изделий."), List.of(centre), List.of(marketStudies), marketing);
        KeyAction certifying = m.action("Испытания и сертификация продукции", CERTIFICATION, AVAILABLE,
                ill("испытания для двух сегментов."), List.of(testCentre), List.of(testLab), testingService);
        m.action("Выпуск гражданской продукции на новом заводе", COMMERCIALISATION, plannedFrom(2028),
                ill(NEW_PLANT, "завод — по источнику; выпуск на нём гражданских изделий — допущение модели."),
                List.of(concern), List.of(newPlant), production);
        KeyAction licensingAction = m.action("Лицензирование технологий", TECHNOLOGY_TRANSFER, AVAILABLE,
                ill(DUAL_USE, "включает экспортный контроль; выполняет только концерн."), List.of(concern),
                List.of(portfolio), licensing);
        m.action("Совместные НИОКР", RD_SUPPORT, AVAILABLE, ill("исследования по заказам."),
                List.of(laboratory, vgtu), List.of(rfCompetences), research);
        KeyAction retraining = m.action("Переподготовка инженеров для гражданских проектов", TRAINING, AVAILABLE,
                ill("курсы для инженеров концерна."), List.of(vgtu, vsu), List.of(retrainingPrograms),
                retrainingOffer);
        KeyAction launchFinance = m.action("Финансирование запуска гражданской продукции", COMMERCIALISATION,
                AVAILABLE, ill("льготные займы."), List.of(frp), List.of(loans), loansOffer);

        m.partnership("Соглашение с испытательным центром", PartnershipKind.SUPPLY, "Испытания и сертификаты",
                ill("условия соглашения."), List.of(testCentre), List.of(testLab), certifying);
        m.partnership("Соглашение о строительстве завода в индустриальном парке «Масловский»",
                PartnershipKind.STATE_SUPPORT, "Содействие области во взаимодействии с институтами развития;"
                        + " собственные средства концерна", src(NEW_PLANT, "Подписано на ПМЭФ-2024."),
                List.of(region, concern), List.of(newPlant));
        m.partnership("Консорциум «Умный город»", PartnershipKind.STRATEGIC_ALLIANCE, "Радиомодули, интеграция и"
                + " первый заказчик", ill("состав и вклад."), List.of(concern, smartCity, operator), List.of(),
                licensingAction);
        m.partnership("Программа льготных займов на диверсификацию", PartnershipKind.STATE_SUPPORT, "Льготные займы",
                ill("условия программы."), List.of(frp, federalIndustry), List.of(loans), launchFinance);
        m.partnership("Базовая кафедра концерна в университете", PartnershipKind.STRATEGIC_ALLIANCE, "Курсы,"
                + " которые ведут инженеры концерна", ill("форма сотрудничества."), List.of(concern, vgtu),
                List.of(retrainingPrograms), retraining);
        m.partnership("Диверсификация в холдинге «Росэлектроника»", PartnershipKind.STRATEGIC_ALLIANCE, "Поиск"
                + " гражданских рынков для предприятий холдинга", ill(DIVERSIFICATION_CONFERENCE, "тема"
                        + " диверсификации — по источнику; участие в анализе рынков — допущение модели."),
                List.of(holding, rostec), List.of(), marketAnalysis);

        m.cost("Содержание испытательной лаборатории", FIXED, OPERATING, perYear(20_000_000, 2020, null),
                YEARLY_SUM, List.of(testLab));
        m.cost("Строительство завода в индустриальном парке «Масловский»", FIXED, CAPITAL, once(14_000_000_000L,
                2025), src(NEW_PLANT, "14 млрд руб. на 2025–2028 годы; в модели — единовременно в год начала"
                        + " строительства."), List.of(newPlant));
        m.cost("Маркетинговые исследования", VARIABLE, OPERATING, perYear(3_000_000, 2024, null), ill("сумма в"
                + " год."), List.of(marketStudies), marketAnalysis);
        m.cost("Команда центра диверсификации", FIXED, OPERATING, perYear(12_000_000, 2024, null), ill("сумма в"
                + " год."), List.of(), marketAnalysis, licensingAction);
        m.cost("Обучение инженеров", VARIABLE, OPERATING, perYear(4_500_000, 2024, null), YEARLY_SUM,
                List.of(), retraining);

        m.indicator("Доля гражданской продукции в выпуске ОПК", PERCENT, AT_LEAST, null, at(50, 2030), null,
                src(CIVIL_TARGET, "Цель государства: к 2030 году не менее половины продукции"
                        + " оборонно-промышленного комплекса — гражданская."), defence);
        m.indicator("Доля гражданской продукции в выручке концерна", PERCENT, AT_LEAST, at(17, 2016), at(50, 2030),
                null, ill(CIVIL_TARGET, "целевое значение — государственная цель 2030 года (по источнику); базовое"
                        + " значение 17 % в 2016 году — допущение модели: доля концерна в открытых источниках не"
                        + " найдена."), concern);
        return c;
    }

    static Cluster starter() {
        ModelBuilder m = new ModelBuilder();
        Cluster c = m.cluster;
        c.setName("Новый кластер");
        c.setSector("Укажите отрасль");
        c.setTerritory("Укажите территорию");
        c.setPurpose(PURPOSE);
        c.setDevelopmentStage(DevelopmentStage.INITIATIVE);
        ModelBuilder.apply(c, note("Наименьшая полная бизнес-модель: по одному элементу каждого вида, связанные"
                + " цепочкой готовности «потребность → ценностное предложение → ключевое действие → ключевой"
                + " ресурс». Переименуйте и дополните. " + FINDINGS_INTRO + STARTER_FINDINGS + "."));
        Participant office = m.participant("Кластерная организация", CLUSTER_ORGANISATION, null, MEMBER,
                note("Координирует кластер."), COORDINATOR);
        Participant company = m.participant("Инновационная компания", SME, null, MEMBER, note("Участник,"
                + " генерирующий инновации: потребитель услуг кластера."), INNOVATION_GENERATOR);
        m.interaction(office, company, COOPERATION, MUTUAL, MEDIUM, note("Кластерная организация работает с"
                + " компанией."));
        Segment segment = m.segment("Инновационные компании", "Участники, генерирующие инновации",
                note("Потребители кластера."), company);
        SegmentNeed need = m.need(segment, "Доступ к оборудованию", Priority.HIGH, 5, PROJECTS_PER_YEAR,
                note("Что нужно сегменту и в каком объёме."));
        ValueProposition proposition = m.proposition("Оборудование коллективного пользования",
                note("Что кластер предлагает."), List.of(segment), need);
        m.channel("Проектный офис", DIRECT, note("Как кластер доходит до сегмента."), List.of(segment), proposition);
        m.relationship("Персональное сопровождение", RelationshipKind.PERSONAL_ASSISTANCE,
                note("Как кластер поддерживает связь."), segment);
        m.revenue("Членские взносы", RevenueKind.MEMBERSHIP_FEE, perYear(1_000_000, null, null),
                note("Кто и сколько платит в год."), List.of(company), List.of(segment), proposition);
        KeyResource equipment = m.resource("Лабораторное оборудование", ResourceKind.EQUIPMENT,
                qty(10, PROJECTS_PER_YEAR, "одна лаборатория"), AVAILABLE, note("С чем работает кластер."), office);
        KeyAction access = m.action("Предоставление доступа к оборудованию", RD_SUPPORT, AVAILABLE,
                note("Что кластер делает."), List.of(office), List.of(equipment), proposition);
        m.cost("Содержание оборудования", FIXED, OPERATING, perYear(800_000, null, null),
                note("Во что это обходится в год."), List.of(equipment), access);
        m.indicator("Число участников кластера", ORGANISATIONS, AT_LEAST, at(2, 2025), at(10, 2030), null,
                note("Цель кластера: показатель с базовым и целевым значениями."), c);
        return c;
    }

    private ExampleModels() {
    }
}
