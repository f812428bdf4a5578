#include "demo/demonames.h"

namespace DemoNames {

const Flavour &german()
{
    static const Flavour f{
        {QStringLiteral("Anna"),      QStringLiteral("Lukas"),      QStringLiteral("Lena"),
         QStringLiteral("Jonas"),     QStringLiteral("Marie"),      QStringLiteral("Felix"),
         QStringLiteral("Sophie"),    QStringLiteral("Maximilian"), QStringLiteral("Laura"),
         QStringLiteral("Paul"),      QStringLiteral("Julia"),      QStringLiteral("Leon"),
         QStringLiteral("Katharina"), QStringLiteral("Tobias"),     QStringLiteral("Hannah"),
         QStringLiteral("Florian"),   QStringLiteral("Sarah"),      QStringLiteral("Niklas"),
         QStringLiteral("Johanna"),   QStringLiteral("Moritz"),     QStringLiteral("Lea"),
         QStringLiteral("Sebastian"), QStringLiteral("Franziska"),  QStringLiteral("Jürgen"),
         QStringLiteral("Sabine"),    QStringLiteral("Matthias"),   QStringLiteral("Birgit"),
         QStringLiteral("Stefan"),    QStringLiteral("Claudia"),    QStringLiteral("Andreas"),
         QStringLiteral("Ute"),       QStringLiteral("Björn"),      QStringLiteral("Jörg"),
         QStringLiteral("Gülay"),     QStringLiteral("Mehmet"),     QStringLiteral("Özlem")},
        {QStringLiteral("Müller"),   QStringLiteral("Schmidt"),    QStringLiteral("Schneider"),
         QStringLiteral("Fischer"),  QStringLiteral("Weber"),      QStringLiteral("Meyer"),
         QStringLiteral("Wagner"),   QStringLiteral("Becker"),     QStringLiteral("Schulz"),
         QStringLiteral("Hoffmann"), QStringLiteral("Schäfer"),    QStringLiteral("Koch"),
         QStringLiteral("Bauer"),    QStringLiteral("Richter"),    QStringLiteral("Klein"),
         QStringLiteral("Wolf"),     QStringLiteral("Schröder"),   QStringLiteral("Neumann"),
         QStringLiteral("Schwarz"),  QStringLiteral("Zimmermann"), QStringLiteral("Braun"),
         QStringLiteral("Krüger"),   QStringLiteral("Hofmann"),    QStringLiteral("Hartmann"),
         QStringLiteral("Lange"),    QStringLiteral("Schmitt"),    QStringLiteral("Werner"),
         QStringLiteral("Krause"),   QStringLiteral("Meier"),      QStringLiteral("Lehmann"),
         QStringLiteral("Yılmaz"),   QStringLiteral("Kaya")},
        {QStringLiteral("Berlin"), QStringLiteral("Hamburg"), QStringLiteral("München"), QStringLiteral("Köln"),
         QStringLiteral("Frankfurt am Main"), QStringLiteral("Stuttgart"), QStringLiteral("Düsseldorf"),
         QStringLiteral("Leipzig"), QStringLiteral("Dresden"), QStringLiteral("Nürnberg"), QStringLiteral("Wien"),
         QStringLiteral("Zürich")},
        // "female form|male form", chosen by the first name.
        {QStringLiteral("Softwareentwicklerin bei %1|Softwareentwickler bei %1"),
         QStringLiteral("Projektleiterin bei %1|Projektleiter bei %1"),
         QStringLiteral("Leiterin Vertrieb bei %1|Leiter Vertrieb bei %1"), QStringLiteral("Data Scientist bei %1"),
         QStringLiteral("Personalreferentin bei %1|Personalreferent bei %1"),
         QStringLiteral("Teamleiterin IT bei %1|Teamleiter IT bei %1"),
         QStringLiteral("Werkstudentin bei %1|Werkstudent bei %1"),
         QStringLiteral("Geschäftsführerin bei %1|Geschäftsführer bei %1"),
         QStringLiteral("UX-Designerin bei %1|UX-Designer bei %1"),
         QStringLiteral("Controllerin bei %1|Controller bei %1"),
         QStringLiteral("Ingenieurin Fahrzeugtechnik bei %1|Ingenieur Fahrzeugtechnik bei %1"),
         QStringLiteral("Marketingmanagerin bei %1|Marketingmanager bei %1")},
        {QStringLiteral("Hallo %1, wir haben uns auf der Konferenz in Berlin kennengelernt. Ich würde mich freuen, "
                        "in Kontakt zu bleiben."),
         QStringLiteral("Hallo %1, ich habe Ihren Vortrag gesehen und würde mich gerne vernetzen."),
         QStringLiteral("Hallo %1, schön, dass wir im Projekt zusammenarbeiten. Lass uns vernetzen!"),
         QStringLiteral("Hi %1, wir waren zusammen an der Uni – erinnerst du dich?"),
         QStringLiteral("Guten Tag %1, ich suche Austausch zu Themen rund um Datenschutz und Cloud.")},
        {QStringLiteral("web.de"), QStringLiteral("gmx.de"), QStringLiteral("t-online.de"), QStringLiteral("posteo.de"),
         QStringLiteral("mailbox.org")},
        {QStringLiteral("Anna"), QStringLiteral("Lena"), QStringLiteral("Marie"), QStringLiteral("Sophie"),
         QStringLiteral("Laura"), QStringLiteral("Julia"), QStringLiteral("Katharina"), QStringLiteral("Hannah"),
         QStringLiteral("Sarah"), QStringLiteral("Johanna"), QStringLiteral("Lea"), QStringLiteral("Franziska"),
         QStringLiteral("Sabine"), QStringLiteral("Birgit"), QStringLiteral("Claudia"), QStringLiteral("Ute"),
         QStringLiteral("Gülay"), QStringLiteral("Özlem")},
    };
    return f;
}

const Flavour &english()
{
    static const Flavour f{
        {QStringLiteral("Oliver"),  QStringLiteral("Emma"),     QStringLiteral("Jack"),    QStringLiteral("Olivia"),
         QStringLiteral("Harry"),   QStringLiteral("Amelia"),   QStringLiteral("George"),  QStringLiteral("Isla"),
         QStringLiteral("Noah"),    QStringLiteral("Ava"),      QStringLiteral("Charlie"), QStringLiteral("Mia"),
         QStringLiteral("Jacob"),   QStringLiteral("Grace"),    QStringLiteral("Thomas"),  QStringLiteral("Chloe"),
         QStringLiteral("James"),   QStringLiteral("Emily"),    QStringLiteral("William"), QStringLiteral("Sophia"),
         QStringLiteral("Daniel"),  QStringLiteral("Ella"),     QStringLiteral("Ethan"),   QStringLiteral("Priya"),
         QStringLiteral("Rahul"),   QStringLiteral("Siobhan"),  QStringLiteral("Connor"),  QStringLiteral("Aisha"),
         QStringLiteral("Michael"), QStringLiteral("Jennifer"), QStringLiteral("David"),   QStringLiteral("Sarah")},
        {QStringLiteral("Smith"),    QStringLiteral("Jones"),   QStringLiteral("Taylor"),   QStringLiteral("Brown"),
         QStringLiteral("Williams"), QStringLiteral("Wilson"),  QStringLiteral("Johnson"),  QStringLiteral("Davies"),
         QStringLiteral("Robinson"), QStringLiteral("Wright"),  QStringLiteral("Thompson"), QStringLiteral("Evans"),
         QStringLiteral("Walker"),   QStringLiteral("White"),   QStringLiteral("Roberts"),  QStringLiteral("Green"),
         QStringLiteral("Hall"),     QStringLiteral("Wood"),    QStringLiteral("Jackson"),  QStringLiteral("Clarke"),
         QStringLiteral("Patel"),    QStringLiteral("O'Brien"), QStringLiteral("Murphy"),   QStringLiteral("Nguyen"),
         QStringLiteral("Miller"),   QStringLiteral("Davis"),   QStringLiteral("Garcia"),   QStringLiteral("Martinez")},
        {QStringLiteral("London"), QStringLiteral("Manchester"), QStringLiteral("Edinburgh"), QStringLiteral("Dublin"),
         QStringLiteral("New York"), QStringLiteral("San Francisco"), QStringLiteral("Toronto"),
         QStringLiteral("Boston"), QStringLiteral("Seattle"), QStringLiteral("Sydney")},
        {QStringLiteral("Software Engineer at %1"), QStringLiteral("Product Manager at %1"),
         QStringLiteral("Head of Sales at %1"), QStringLiteral("Data Scientist at %1"),
         QStringLiteral("Recruiter at %1"), QStringLiteral("Engineering Manager at %1"), QStringLiteral("Intern at %1"),
         QStringLiteral("CEO at %1"), QStringLiteral("UX Designer at %1"), QStringLiteral("Financial Analyst at %1"),
         QStringLiteral("Mechanical Engineer at %1"), QStringLiteral("Marketing Lead at %1")},
        {QStringLiteral("Hi %1, great meeting you at the summit last week. Let's stay in touch!"),
         QStringLiteral("Hello %1, I enjoyed your talk on distributed systems and would like to connect."),
         QStringLiteral("Hi %1, we worked together on the migration project. Would be good to connect."),
         QStringLiteral("Hi %1, we studied together, long time no see!"),
         QStringLiteral("Hi %1, I'm hiring for a team you might find interesting. Happy to chat.")},
        {QStringLiteral("gmail.com"), QStringLiteral("outlook.com"), QStringLiteral("yahoo.co.uk"),
         QStringLiteral("icloud.com"), QStringLiteral("proton.me")},
        {QStringLiteral("Emma"), QStringLiteral("Olivia"), QStringLiteral("Amelia"), QStringLiteral("Isla"),
         QStringLiteral("Ava"), QStringLiteral("Mia"), QStringLiteral("Grace"), QStringLiteral("Chloe"),
         QStringLiteral("Emily"), QStringLiteral("Sophia"), QStringLiteral("Ella"), QStringLiteral("Priya"),
         QStringLiteral("Siobhan"), QStringLiteral("Aisha"), QStringLiteral("Jennifer"), QStringLiteral("Sarah")},
    };
    return f;
}

const QStringList &companies()
{
    static const QStringList list{
        QStringLiteral("Siemens"),        QStringLiteral("SAP"),           QStringLiteral("Bosch"),
        QStringLiteral("Zalando"),        QStringLiteral("Deutsche Bahn"), QStringLiteral("Allianz"),
        QStringLiteral("BMW Group"),      QStringLiteral("Mercedes-Benz"), QStringLiteral("Infineon"),
        QStringLiteral("Lufthansa"),      QStringLiteral("N26"),           QStringLiteral("Celonis"),
        QStringLiteral("Personio"),       QStringLiteral("Trivago"),       QStringLiteral("Microsoft"),
        QStringLiteral("Google"),         QStringLiteral("Amazon"),        QStringLiteral("Spotify"),
        QStringLiteral("Shopify"),        QStringLiteral("Atlassian"),     QStringLiteral("Red Hat"),
        QStringLiteral("The Qt Company"), QStringLiteral("KDAB"),          QStringLiteral("Canonical"),
        QStringLiteral("Monzo"),          QStringLiteral("Revolut"),       QStringLiteral("BBC"),
        QStringLiteral("Accenture"),      QStringLiteral("McKinsey"),      QStringLiteral("Fraunhofer")};
    return list;
}

const QStringList &schools()
{
    static const QStringList list{QStringLiteral("TU München"),
                                  QStringLiteral("RWTH Aachen"),
                                  QStringLiteral("KIT Karlsruhe"),
                                  QStringLiteral("Humboldt-Universität zu Berlin"),
                                  QStringLiteral("Universität Hamburg"),
                                  QStringLiteral("LMU München"),
                                  QStringLiteral("Universität Stuttgart"),
                                  QStringLiteral("TU Dresden"),
                                  QStringLiteral("University of Oxford"),
                                  QStringLiteral("University of Cambridge"),
                                  QStringLiteral("Imperial College London"),
                                  QStringLiteral("University of Edinburgh"),
                                  QStringLiteral("Trinity College Dublin"),
                                  QStringLiteral("MIT"),
                                  QStringLiteral("Stanford University"),
                                  QStringLiteral("University of Toronto")};
    return list;
}

QString role(const Flavour &flavour, int index, const QString &firstName)
{
    const QStringList forms = flavour.roles.at(index).split(QLatin1Char('|'));
    const bool female = flavour.femaleFirstNames.contains(firstName);
    return female || forms.size() < 2 ? forms.first() : forms.at(1);
}

}
