#include "core/report/NoticeSnapshot.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cchc::report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::report::NoticeSnapshot)
};

constexpr int kFormat = 1;

const QList<std::pair<ParagraphStyle, QString>> &styleNames()
{
    static const QList<std::pair<ParagraphStyle, QString>> names = {
        {ParagraphStyle::Body, QStringLiteral("body")},
        {ParagraphStyle::LegalBasis, QStringLiteral("legalBasis")},
        {ParagraphStyle::Heading, QStringLiteral("heading")},
        {ParagraphStyle::Centered, QStringLiteral("centered")},
        {ParagraphStyle::Reference, QStringLiteral("reference")},
        {ParagraphStyle::Note, QStringLiteral("note")},
    };
    return names;
}

QString styleName(ParagraphStyle style)
{
    for (const auto &[value, name] : styleNames()) {
        if (value == style)
            return name;
    }
    return QStringLiteral("body");
}

std::optional<ParagraphStyle> styleFromName(const QString &name)
{
    for (const auto &[value, known] : styleNames()) {
        if (known == name)
            return value;
    }
    return std::nullopt;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

struct BlockToJson
{
    QJsonObject operator()(const HeaderBlock &b) const
    {
        return {{QStringLiteral("type"), QStringLiteral("header")},
                {QStringLiteral("governingBody"), b.governingBody},
                {QStringLiteral("issuingBody"), b.issuingBody},
                {QStringLiteral("number"), b.number},
                {QStringLiteral("placeAndDate"), b.placeAndDate}};
    }
    QJsonObject operator()(const TitleBlock &b) const
    {
        return {{QStringLiteral("type"), QStringLiteral("title")},
                {QStringLiteral("documentType"), b.documentType},
                {QStringLiteral("subject"), b.subject}};
    }
    QJsonObject operator()(const ParagraphBlock &b) const
    {
        return {{QStringLiteral("type"), QStringLiteral("paragraph")},
                {QStringLiteral("key"), b.key},
                {QStringLiteral("text"), b.text},
                {QStringLiteral("style"), styleName(b.style)}};
    }
    QJsonObject operator()(const TableBlock &b) const
    {
        QJsonArray rows, percents, centred;
        for (const QStringList &row : b.rows)
            rows.append(strings(row));
        for (double percent : b.columnPercents)
            percents.append(percent);
        for (int column : b.centredColumns)
            centred.append(column);
        return {{QStringLiteral("type"), QStringLiteral("table")},
                {QStringLiteral("header"), strings(b.header)},
                {QStringLiteral("rows"), rows},
                {QStringLiteral("columnPercents"), percents},
                {QStringLiteral("fontPt"), b.fontPt},
                {QStringLiteral("centredColumns"), centred}};
    }
    QJsonObject operator()(const ImageBlock &b) const
    {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        b.picture().save(&buffer, "PNG");
        return {{QStringLiteral("type"), QStringLiteral("image")},
                {QStringLiteral("png"), QString::fromLatin1(png.toBase64())},
                {QStringLiteral("widthMm"), b.widthMm}};
    }
    QJsonObject operator()(const SignatureBlock &b) const
    {
        QJsonArray signers;
        for (const Signer &signer : b.signers)
            signers.append(QJsonObject{{QStringLiteral("authority"), signer.authority},
                                       {QStringLiteral("title"), signer.title},
                                       {QStringLiteral("name"), signer.name}});
        return {{QStringLiteral("type"), QStringLiteral("signature")},
                {QStringLiteral("recipients"), strings(b.recipients)},
                {QStringLiteral("signers"), signers}};
    }
};

std::optional<Block> blockFromJson(const QJsonObject &o)
{
    const QString type = text(o, "type");
    if (type == QLatin1String("header"))
        return HeaderBlock{text(o, "governingBody"), text(o, "issuingBody"), text(o, "number"),
                           text(o, "placeAndDate")};
    if (type == QLatin1String("title"))
        return TitleBlock{text(o, "documentType"), text(o, "subject")};
    if (type == QLatin1String("paragraph")) {
        const auto style = styleFromName(text(o, "style"));
        if (!style)
            return std::nullopt;
        return ParagraphBlock{text(o, "key"), text(o, "text"), *style};
    }
    if (type == QLatin1String("table")) {
        TableBlock table;
        table.header = stringsOf(o.value(QStringLiteral("header")));
        for (const QJsonValue &row : o.value(QStringLiteral("rows")).toArray())
            table.rows.append(stringsOf(row));
        for (const QJsonValue &percent : o.value(QStringLiteral("columnPercents")).toArray())
            table.columnPercents.append(percent.toDouble());
        table.fontPt = o.value(QStringLiteral("fontPt")).toDouble(12.0);
        for (const QJsonValue &column : o.value(QStringLiteral("centredColumns")).toArray())
            table.centredColumns.append(column.toInt());
        return table;
    }
    if (type == QLatin1String("image")) {
        ImageBlock image;
        if (!image.image.loadFromData(QByteArray::fromBase64(text(o, "png").toLatin1()), "PNG"))
            return std::nullopt;
        image.widthMm = o.value(QStringLiteral("widthMm")).toDouble();
        return image;
    }
    if (type == QLatin1String("signature")) {
        SignatureBlock signature;
        signature.recipients = stringsOf(o.value(QStringLiteral("recipients")));
        for (const QJsonValue &value : o.value(QStringLiteral("signers")).toArray()) {
            const QJsonObject signer = value.toObject();
            signature.signers.append({text(signer, "authority"), text(signer, "title"),
                                      text(signer, "name")});
        }
        return signature;
    }
    return std::nullopt;
}

} // namespace

QByteArray snapshotContent(const ReportDocument &document)
{
    QJsonArray sections;
    for (const ReportSection &section : document.sections) {
        QJsonArray blocks;
        for (const Block &block : section.blocks)
            blocks.append(std::visit(BlockToJson{}, block));
        sections.append(QJsonObject{
            {QStringLiteral("orientation"), section.orientation == Orientation::Landscape
                                                ? QStringLiteral("landscape")
                                                : QStringLiteral("portrait")},
            {QStringLiteral("blocks"), blocks}});
    }
    // QJsonObject keeps its keys sorted and Compact has no whitespace: the same document
    // always gives the same bytes.
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("title"), document.title},
                           {QStringLiteral("sections"), sections}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<ReportDocument> documentFromSnapshot(const QByteArray &content)
{
    const auto damaged = Error{Tr::tr("The snapshot kept with the issued notice cannot be read: "
                                      "the file is damaged. Run “check” on it.")};
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(content, &parseError);
    const QJsonObject root = json.object();
    if (parseError.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toInt() != kFormat)
        return damaged;
    ReportDocument document;
    document.title = text(root, "title");
    for (const QJsonValue &value : root.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject object = value.toObject();
        ReportSection section;
        if (text(object, "orientation") == QLatin1String("landscape"))
            section.orientation = Orientation::Landscape;
        for (const QJsonValue &block : object.value(QStringLiteral("blocks")).toArray()) {
            auto read = blockFromJson(block.toObject());
            if (!read)
                return damaged;
            section.blocks.append(*read);
        }
        document.sections.append(section);
    }
    if (document.sections.isEmpty())
        return damaged;
    return document;
}

NoticeSnapshot makeSnapshot(const ReportDocument &document, bool afterTheFact)
{
    NoticeSnapshot snapshot;
    snapshot.content = snapshotContent(document);
    snapshot.sha256 = sha256Hex(snapshot.content);
    snapshot.afterTheFact = afterTheFact;
    return snapshot;
}

QString sha256Hex(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString shortDigest(const QString &sha256)
{
    return sha256.left(12);
}

bool digestMatches(const NoticeSnapshot &snapshot)
{
    return sha256Hex(snapshot.content) == snapshot.sha256;
}

void markIssuedDocument(ReportDocument &document, const std::optional<NoticeSnapshot> &snapshot)
{
    // Printed on the document itself, so always Vietnamese (like the rest of the notice).
    if (!snapshot) {
        document.footer = QStringLiteral("Thông báo ban hành trước khi có bản lưu: in từ dữ liệu hiện tại");
        document.metadataNote = QStringLiteral("no snapshot");
        return;
    }
    document.footer = snapshot->afterTheFact
                          ? QStringLiteral("Bản lưu lập sau khi ban hành, mã %1")
                                .arg(shortDigest(snapshot->sha256))
                          : QStringLiteral("Mã bản lưu %1").arg(shortDigest(snapshot->sha256));
    document.metadataNote = QStringLiteral("%1SHA-256 %2")
                                .arg(snapshot->afterTheFact ? QStringLiteral("after-the-fact snapshot ")
                                                            : QStringLiteral("snapshot "),
                                     snapshot->sha256);
}

} // namespace cchc::report
