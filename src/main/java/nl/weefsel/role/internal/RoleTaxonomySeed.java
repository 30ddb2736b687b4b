package nl.weefsel.role.internal;

import java.util.List;
import nl.weefsel.database.DatabaseSeed;
import nl.weefsel.role.RoleData;
import nl.weefsel.role.RoleService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The roles the seed documents distinguish (SKVR evaluation, KC-R impact research, the provincial
 * advice). Added at every start when missing; an admin may rename them or add more.
 */
@Component
@Order(10)
class RoleTaxonomySeed implements DatabaseSeed {

    static final List<RoleData> ROLES = List.of(
            new RoleData("IN_SCHOOL_EDUCATION", "Binnenschoolse cultuureducatie", "In-school culture education",
                    "Cultuuronderwijs onder schooltijd, met de school als opdrachtgever.",
                    "Culture education during school hours, commissioned by the school."),
            new RoleData("OUT_OF_SCHOOL_EDUCATION", "Buitenschoolse cultuureducatie", "Out-of-school culture education",
                    "Cursussen, lessen en activiteiten na schooltijd en in de wijk.",
                    "Courses, lessons and activities after school and in the neighbourhood."),
            new RoleData("NEIGHBOURHOOD_SCOUTING", "Wijkverkenning en behoeften ophalen", "Neighbourhood scouting and needs gathering",
                    "Dicht op bewoners zitten, behoeften horen en verbindingen leggen (wijkverkenners, linknetwerkers).",
                    "Staying close to residents, hearing needs and making links (neighbourhood scouts, link networkers)."),
            new RoleData("INITIATIVE_SUPPORT", "Advies en ondersteuning van initiatieven", "Advising and supporting initiatives",
                    "Culturele initiatieven in een gebied adviseren en helpen groeien.",
                    "Advising cultural initiatives in an area and helping them grow."),
            new RoleData("PARTNER_FACILITATION", "Faciliteren van lokale partners", "Facilitating local partners",
                    "Kennis, middelen en aanbod inbrengen zodat wijkpartners zelf verder kunnen.",
                    "Bringing knowledge, means and offer so that neighbourhood partners can carry on themselves."),
            new RoleData("TALENT_DEVELOPMENT", "Talentontwikkeling", "Talent development",
                    "Jong talent signaleren en doorgeleiden naar verdere ontwikkeling.",
                    "Spotting young talent and guiding it towards further development."),
            new RoleData("PRESENTATION", "Podium en presentatie", "Stage and presentation",
                    "Plekken en momenten om werk te laten zien en publiek te ontmoeten.",
                    "Places and moments to show work and meet an audience."),
            new RoleData("HERITAGE_PARTICIPATION", "Erfgoedparticipatie", "Heritage participation",
                    "Bewoners betrekken bij het erfgoed van hun omgeving.",
                    "Involving residents in the heritage around them."),
            new RoleData("READING_PROMOTION", "Leesbevordering", "Reading promotion",
                    "Lezen en taal stimuleren, vaak vanuit de bibliotheek.",
                    "Encouraging reading and language, often from the library."),
            new RoleData("FUNDING", "Financiering", "Funding",
                    "Subsidie, fondsen of andere middelen voor cultuur in het gebied.",
                    "Grants, funds or other means for culture in the area."),
            new RoleData("SCHOOL_EXPERTISE", "Expertise-ondersteuning aan scholen", "Expertise support to schools",
                    "Scholen adviseren over cultuuronderwijs, leerlijnen en partnerschappen.",
                    "Advising schools on culture education, learning lines and partnerships."),
            new RoleData("SCHOOL_CULTURE_COORDINATION", "Interne cultuurcoördinatie", "Internal culture coordination",
                    "De ICC'er of cultuurcoach die cultuuronderwijs binnen de school coördineert.",
                    "The ICC'er or culture coach who coordinates culture education inside the school."),
            new RoleData("NETWORK_BROKERING", "Netwerkfunctie (spin in het web)", "Network brokering",
                    "Partijen in een gebied met elkaar verbinden en samenwerking bevorderen.",
                    "Connecting the parties in an area and furthering their collaboration."),
            new RoleData("SECOND_LINE_SUPPORT", "Tweedelijnsondersteuning", "Second-line support",
                    "Ondersteuning van gemeenten en de sector (zoals Kunstgebouw, Erfgoedhuis, Probiblio).",
                    "Support to municipalities and the sector (such as Kunstgebouw, Erfgoedhuis, Probiblio)."));

    private final RoleService roles;

    RoleTaxonomySeed(RoleService roles) {
        this.roles = roles;
    }

    @Override
    public void seed() {
        ROLES.stream()
                .filter(role -> roles.findByKey(role.key()).isEmpty())
                .forEach(roles::create);
    }
}
