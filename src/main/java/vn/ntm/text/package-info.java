/** Vietnamese text: Unicode normalisation, diacritic-insensitive search keys, number and date formats, encodings. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ntm.text;
