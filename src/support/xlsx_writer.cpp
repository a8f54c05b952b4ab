#include "support/xlsx_writer.h"

#include <minizip/zip.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace socorg {
namespace {

std::string XmlEscape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        // Control characters other than tab/newline are not allowed in XML 1.0.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
        out += c;
    }
  }
  return out;
}

std::string ColumnName(size_t i) {
  std::string s;
  for (++i; i > 0; i = (i - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (i - 1) % 26));
  return s;
}

bool AddFile(zipFile zf, const char* name, const std::string& data) {
  zip_fileinfo zi{};
  if (zipOpenNewFileInZip(zf, name, &zi, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION) != ZIP_OK)
    return false;
  bool ok = zipWriteInFileInZip(zf, data.data(), static_cast<unsigned>(data.size())) == ZIP_OK;
  return zipCloseFileInZip(zf) == ZIP_OK && ok;
}

}  // namespace

std::string WriteXlsx(const std::vector<std::vector<std::string>>& rows, const std::string& sheet_name) {
  std::string sheet =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
  for (size_t r = 0; r < rows.size(); ++r) {
    sheet += "<row r=\"" + std::to_string(r + 1) + "\">";
    for (size_t c = 0; c < rows[r].size(); ++c)
      sheet += "<c r=\"" + ColumnName(c) + std::to_string(r + 1) + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" +
               XmlEscape(rows[r][c]) + "</t></is></c>";
    sheet += "</row>";
  }
  sheet += "</sheetData></worksheet>";
  const std::string content_types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
      "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
      "</Types>";
  const std::string rels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
      "</Relationships>";
  const std::string workbook =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
      "<sheets><sheet name=\"" + XmlEscape(sheet_name) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  const std::string workbook_rels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
      "</Relationships>";

  // minizip writes to a file; a private temp file keeps this simple and portable.
  char path[] = "/tmp/socorg-xlsx-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return "";
  close(fd);
  zipFile zf = zipOpen(path, APPEND_STATUS_CREATE);
  bool ok = zf && AddFile(zf, "[Content_Types].xml", content_types) && AddFile(zf, "_rels/.rels", rels) &&
            AddFile(zf, "xl/workbook.xml", workbook) && AddFile(zf, "xl/_rels/workbook.xml.rels", workbook_rels) &&
            AddFile(zf, "xl/worksheets/sheet1.xml", sheet);
  if (zf) ok = zipClose(zf, nullptr) == ZIP_OK && ok;
  std::string out;
  if (ok) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    out = ss.str();
  }
  std::remove(path);
  return out;
}

}  // namespace socorg
